from typing import Literal

RenderEmailTemplateMode = Literal["contact", "lead"]

RENDER_EMAIL_TEMPLATE_MODE_VALUES: set[RenderEmailTemplateMode] = {
    "contact",
    "lead",
}


def check_render_email_template_mode(value: str) -> RenderEmailTemplateMode:
    if value in RENDER_EMAIL_TEMPLATE_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RENDER_EMAIL_TEMPLATE_MODE_VALUES!r}"
    )
