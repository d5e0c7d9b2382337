"""The masthead at the top of a house-style card: the organisation's logo and name."""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, Paragraph

from . import fonts
from .look import Look
from .markup import Markup
from .styles import Styles


class Masthead(Flowable):
    """The logo at the left, the organisation's name beside it, centred on the logo's height."""

    def __init__(
        self,
        logo: tuple[ImageReader, float, float] | None,
        name: Paragraph | None,
        gutter: float,
        after: float,
    ) -> None:
        super().__init__()
        self.logo = logo
        self.name = name
        self.gutter = gutter
        self.after = after
        self._name_height = 0.0

    def _logo_width(self) -> float:
        return self.logo[1] + self.gutter if self.logo else 0.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        logo_height = self.logo[2] if self.logo else 0.0
        if self.name is not None:
            self._name_height = self.name.wrap(max(1.0, availWidth - self._logo_width()), availHeight)[1]
        self.width = availWidth
        self.height = max(logo_height, self._name_height) + self.after
        return self.width, self.height

    def draw(self) -> None:
        body = self.height - self.after
        if self.logo is not None:
            reader, width, height = self.logo
            self.canv.drawImage(reader, 0, self.after + (body - height) / 2, width, height, mask="auto")
        if self.name is not None:
            self.name.drawOn(self.canv, self._logo_width(), self.after + (body - self._name_height) / 2)


def masthead(look: Look, styles: Styles, missing: set[str], omitted: list[str]) -> Masthead | None:
    """The masthead of ``look``, or None when the template names no organisation and has no logo.

    A logo that cannot be decoded is left out and noted in ``omitted``.
    """
    logo = look.logo_image()
    if look.logo and logo is None:
        omitted.append("logo: the image in the template is damaged")
    if logo is None and not look.organisation:
        return None
    name = None
    if look.organisation:
        style = ParagraphStyle(
            "masthead",
            parent=styles.meta,
            fontName=fonts.SANS_BOLD,
            fontSize=styles.label_size * 1.25,
            leading=styles.label_size * 1.55,
            textColor=look.accent,
        )
        markup = Markup()
        markup.add_text(look.organisation, fonts.SANS_BOLD)
        missing |= markup.missing
        name = Paragraph(str(markup), style)
    return Masthead(logo, name, gutter=styles.body, after=styles.body * 0.9)
