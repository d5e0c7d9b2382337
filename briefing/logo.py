"""An organisation's logo, made ready for the card: decoded with Pillow, normalised, re-encoded as PNG.

The only module of Briefing that imports Pillow (an import contract keeps it so): the
renderer draws the PNG bytes this returns, and the template stores them (base64).

- PNG, JPEG, TIFF, GIF, WebP and BMP; the first frame of an animation.
- EXIF orientation applied; CMYK through its ICC profile (or plainly) to RGB; palette,
  16-bit and greyscale images to 8-bit; transparency kept (and dropped when fully opaque),
  fully transparent margins trimmed.
- Downscaled to at most 300 dpi at the largest size the card prints it.
- Metadata (EXIF, ICC, XMP, text chunks) left behind: only pixels go into the PNG.
- Pillow's decompression-bomb guard stays on and is tightened; a file that is broken,
  truncated, huge or not an image gives one :class:`LogoError` and nothing else changes.
"""

from __future__ import annotations

import functools
import hashlib
import io
import os
import warnings
from pathlib import Path

from PIL import Image, ImageCms, ImageOps, UnidentifiedImageError

from .model.template import LOGO_BOX_POINTS

FORMATS = ("PNG", "JPEG", "TIFF", "GIF", "WEBP", "BMP")
DPI = 300
MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_PIXELS = 64_000_000
"""Larger than any camera's photo; a file that claims more is refused before it is decoded."""
TARGET_PIXELS = (round(LOGO_BOX_POINTS[0] / 72 * DPI), round(LOGO_BOX_POINTS[1] / 72 * DPI))


class LogoError(ValueError):
    """The file cannot be used as a logo; the message says why, in one sentence."""


def read_logo(path: str | os.PathLike[str]) -> bytes:
    """The logo in the image file at ``path``, as card-ready PNG bytes."""
    file = Path(path)
    try:
        if file.stat().st_size > MAX_FILE_BYTES:
            raise LogoError(f"{file.name} is larger than {MAX_FILE_BYTES // (1024 * 1024)} MB: not a logo.")
        data = file.read_bytes()
    except OSError as error:
        raise LogoError(f"Could not open {file.name}: {error.strerror or error}.") from error
    try:
        return process_logo(data)
    except LogoError as error:
        raise LogoError(f"{file.name}: {error}") from error


def process_logo(data: bytes) -> bytes:
    """``data`` (an image file's bytes) as card-ready PNG bytes. Decoded once: cached by content."""
    return _process(hashlib.sha256(data).hexdigest(), data)


@functools.lru_cache(maxsize=16)
def _process(digest: str, data: bytes) -> bytes:
    del digest  # the cache key: hashing 50 MB once beats comparing it on every call
    image = _decode(data)
    image = _to_output_mode(image)
    if image.mode in ("RGBA", "LA"):
        # Fully transparent margins would push the organisation's name away from the visible logo.
        box = image.getchannel("A").getbbox()
        if box is not None:
            image = image.crop(box)
    image.thumbnail(TARGET_PIXELS, Image.Resampling.LANCZOS)
    output = io.BytesIO()
    # A new image holds pixels only: no EXIF, ICC profile, XMP or text chunks reach the PNG.
    clean = Image.new(image.mode, image.size)
    clean.paste(image)
    clean.save(output, format="PNG", optimize=True)
    return output.getvalue()


def _decode(data: bytes) -> Image.Image:
    with warnings.catch_warnings():
        # Pillow warns between MAX_IMAGE_PIXELS and twice that; for a logo that is an error too.
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            image = Image.open(io.BytesIO(data), formats=FORMATS)
            if image.width * image.height > MAX_PIXELS:
                raise LogoError(
                    f"The image is {image.width} × {image.height} pixels: far too large for a logo."
                )
            image.seek(0)  # an animation's first frame
            image.load()
            return ImageOps.exif_transpose(image) or image
        except (Image.DecompressionBombError, Image.DecompressionBombWarning) as error:
            raise LogoError(
                "The image is far too large for a logo (it may be a decompression bomb)."
            ) from error
        except UnidentifiedImageError as error:
            raise LogoError(
                "The file is not an image Briefing can read (PNG, JPEG, TIFF, GIF, WebP, BMP)."
            ) from error
        except (OSError, SyntaxError, ValueError, EOFError) as error:
            if isinstance(error, LogoError):
                raise
            raise LogoError(f"The image is damaged or incomplete ({error}).") from error


def _to_output_mode(image: Image.Image) -> Image.Image:
    """RGB, RGBA, L or LA in 8 bits per channel."""
    mode = image.mode
    if mode == "CMYK":
        return _cmyk_to_rgb(image)
    if mode in ("P", "PA"):
        has_alpha = mode == "PA" or "transparency" in image.info
        image = image.convert("RGBA" if has_alpha else "RGB")
    elif mode in ("I;16", "I;16L", "I;16B", "I;16N", "I"):
        # 16-bit greyscale: scale to 8 bits (a plain convert would clip everything above 255 to white).
        image = image.convert("I").point(lambda value: value * (1 / 256)).convert("L")
    elif mode == "F":
        image = image.point(lambda value: value * 255).convert("L")
    elif mode == "1":
        image = image.convert("L")
    elif mode in ("La", "RGBa"):
        image = image.convert(mode.upper())
    elif mode not in ("RGB", "RGBA", "L", "LA"):
        image = image.convert("RGBA" if "A" in mode or "transparency" in image.info else "RGB")
    if mode in ("RGB", "L") and "transparency" in image.info:  # a colour key (tRNS) becomes alpha
        image = image.convert("RGBA" if mode == "RGB" else "LA")
    if image.mode in ("RGBA", "LA") and image.getchannel("A").getextrema() == (255, 255):
        image = image.convert(image.mode[:-1])  # fully opaque: the alpha channel only adds bytes
    return image


def _cmyk_to_rgb(image: Image.Image) -> Image.Image:
    profile = image.info.get("icc_profile")
    if profile:
        try:
            source = ImageCms.ImageCmsProfile(io.BytesIO(profile))
            converted = ImageCms.profileToProfile(
                image, source, ImageCms.createProfile("sRGB"), outputMode="RGB"
            )
            if converted is not None:
                return converted
        except (ImageCms.PyCMSError, OSError, ValueError):
            pass  # a damaged profile: the plain conversion below
    return image.convert("RGB")
