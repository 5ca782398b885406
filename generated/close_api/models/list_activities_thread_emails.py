from typing import Literal

ListActivitiesThreadEmails = Literal["only", "true"]

LIST_ACTIVITIES_THREAD_EMAILS_VALUES: set[ListActivitiesThreadEmails] = {
    "only",
    "true",
}


def check_list_activities_thread_emails(value: str) -> ListActivitiesThreadEmails:
    if value in LIST_ACTIVITIES_THREAD_EMAILS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_ACTIVITIES_THREAD_EMAILS_VALUES!r}"
    )
