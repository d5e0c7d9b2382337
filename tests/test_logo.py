"""The logo: every image kind made card-ready, every bad file refused with one message, and small in the PDF."""

from __future__ import annotations

import io
import struct
import zlib
from pathlib import Path

import pytest
from PIL import Image, ImageCms
from test_render_samples import typical

from briefing import logo
from briefing.logo import LogoError, process_logo, read_logo
from briefing.model import Template
from briefing.render import render_pdf
from briefing.templates import use_template, with_logo, with_logo_bytes


def encoded(image: Image.Image, kind: str, **options: object) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format=kind, **options)
    return buffer.getvalue()


def result(data: bytes) -> Image.Image:
    out = process_logo(data)
    assert out.startswith(b"\x89PNG")
    image = Image.open(io.BytesIO(out))
    image.load()
    return image


def halves(size: tuple[int, int] = (200, 100), mode: str = "RGB") -> Image.Image:
    """Left half red, right half blue."""
    image = Image.new(mode, size, (220, 0, 0) if mode == "RGB" else 0)
    image.paste((0, 0, 220), (size[0] // 2, 0, size[0], size[1]))
    return image


def test_an_exif_rotated_jpeg_is_turned_upright() -> None:
    exif = Image.Exif()
    exif[0x0112] = 6  # stored sideways: shown turned 90° clockwise
    out = result(encoded(halves(), "JPEG", exif=exif.tobytes(), quality=95))
    assert out.height == logo.TARGET_PIXELS[1] and out.width == round(out.height / 2)  # portrait now
    red, _, blue = out.getpixel((out.width // 2, 10))  # the stored left half is now on top
    assert red > 180 and blue < 60


def test_a_cmyk_jpeg_becomes_rgb_with_the_right_colours() -> None:
    cmyk = Image.new("CMYK", (300, 100), (0, 255, 255, 0))  # process red
    out = result(encoded(cmyk, "JPEG", quality=95))
    assert out.mode == "RGB"
    red, green, blue = out.getpixel((150, 50))
    assert red > 200 and green < 60 and blue < 60


def test_a_palette_png_keeps_its_transparency() -> None:
    image = Image.new("P", (120, 60), 0)
    image.putpalette([255, 255, 255, 200, 30, 30] + [0] * 762)
    image.paste(1, (0, 0, 40, 60))
    image.paste(1, (80, 0, 120, 60))
    out = result(encoded(image, "PNG", transparency=0))
    assert out.mode == "RGBA" and out.size == (120, 60)
    assert out.getpixel((20, 30)) == (200, 30, 30, 255)
    assert out.getpixel((60, 30))[3] == 0


def test_a_16_bit_png_is_scaled_to_8_bits_not_clipped() -> None:
    image = Image.new("I;16", (256, 40))
    for x in range(256):
        for y in range(40):
            image.putpixel((x, y), x * 257)
    out = result(encoded(image, "PNG"))
    assert out.mode == "L"
    assert out.getpixel((0, 10)) == 0
    assert abs(out.getpixel((128, 10)) - 128) <= 1  # a plain convert would make this 255
    assert out.getpixel((255, 10)) == 255


def test_an_animated_gif_gives_its_first_frame() -> None:
    first = Image.new("RGB", (80, 40), (200, 0, 0))
    second = Image.new("RGB", (80, 40), (0, 0, 200))
    data = encoded(first, "GIF", save_all=True, append_images=[second], duration=100, loop=0)
    assert Image.open(io.BytesIO(data)).n_frames == 2
    red, _, blue = result(data).convert("RGB").getpixel((40, 20))
    assert red > 150 and blue < 50


@pytest.mark.parametrize("kind", ["TIFF", "WEBP", "BMP", "PNG", "GIF"])
def test_every_listed_format_is_read(kind: str) -> None:
    assert result(encoded(halves(), kind)).size == (200, 100)


def test_fully_transparent_margins_are_trimmed() -> None:
    image = Image.new("RGBA", (400, 100), (0, 0, 0, 0))
    image.paste((120, 30, 60, 255), (10, 20, 90, 80))
    assert result(encoded(image, "PNG")).size == (80, 60)


def test_an_opaque_alpha_channel_is_dropped_and_a_real_one_kept() -> None:
    assert result(encoded(Image.new("RGBA", (50, 50), (10, 20, 30, 255)), "PNG")).mode == "RGB"
    assert result(encoded(Image.new("RGBA", (50, 50), (10, 20, 30, 128)), "PNG")).mode == "RGBA"


def test_metadata_is_stripped() -> None:
    exif = Image.Exif()
    exif[0x010F] = "SecretCam"  # Make
    exif[0x8298] = "Copyright notice"
    icc = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    data = encoded(halves(), "JPEG", exif=exif.tobytes(), icc_profile=icc, comment=b"hello")
    assert b"SecretCam" in data
    out = process_logo(data)
    assert b"SecretCam" not in out and b"Copyright" not in out and b"hello" not in out
    chunks = _png_chunks(out)
    assert set(chunks) <= {b"IHDR", b"IDAT", b"IEND", b"PLTE", b"tRNS"}, chunks


def _png_chunks(png: bytes) -> list[bytes]:
    chunks, at = [], 8
    while at < len(png):
        (length,) = struct.unpack(">I", png[at : at + 4])
        chunks.append(png[at + 4 : at + 8])
        at += 12 + length
    return chunks


def photo(width: int = 4000, height: int = 3000) -> bytes:
    """A photo-like image: smooth gradients with sensor noise, as a camera JPEG."""
    red = Image.linear_gradient("L").resize((width, height))
    green = Image.effect_noise((width, height), 40)
    blue = Image.radial_gradient("L").resize((width, height))
    return encoded(Image.merge("RGB", (red, green, blue)), "JPEG", quality=92)


def test_a_big_photo_is_downscaled_to_300_dpi_of_its_printed_size_and_adds_at_most_100_kb(
    tmp_path: Path,
) -> None:
    data = photo()
    out = result(data)
    assert out.width <= logo.TARGET_PIXELS[0] and out.height <= logo.TARGET_PIXELS[1]
    assert out.height == logo.TARGET_PIXELS[1]  # a 4:3 photo is as tall as the logo box allows
    plain, styled = typical(), typical()
    use_template(plain, Template(name="No logo", organisation="Ministry of Examples"))
    use_template(styled, with_logo_bytes(Template(name="Logo", organisation="Ministry of Examples"), data))
    added = len(render_pdf(styled, invariant=True).pdf) - len(render_pdf(plain, invariant=True).pdf)
    assert 0 < added <= 100 * 1024, added


def test_the_logo_is_decoded_once() -> None:
    data = encoded(halves((400, 300)), "PNG")
    first = process_logo(data)
    assert process_logo(bytes(data)) is first


def png_header_only(width: int, height: int) -> bytes:
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\0" * 64))
        + chunk(b"IEND", b"")
    )


def _bomb() -> bytes:
    return png_header_only(40_000, 40_000)


def _truncated() -> bytes:
    data = encoded(halves((600, 400)), "PNG")
    return data[: len(data) // 2]


@pytest.mark.parametrize(
    ("name", "make", "message"),
    [
        ("bomb.png", _bomb, "far too large"),
        ("over-the-limit.png", lambda: png_header_only(9000, 8000), "far too large"),
        ("cut.png", _truncated, "damaged or incomplete"),
        ("notes.png", lambda: b"This is a text file, not a picture.\n", "not an image"),
        ("empty.png", lambda: b"", "not an image"),
        ("drawing.svg", lambda: b"<svg xmlns='http://www.w3.org/2000/svg'/>", "not an image"),
    ],
)
def test_a_bad_file_gives_one_clear_message_and_changes_nothing(
    tmp_path: Path, name: str, make: object, message: str
) -> None:
    path = tmp_path / name
    path.write_bytes(make())  # type: ignore[operator]
    template = Template(name="Before", organisation="Ministry")
    with pytest.raises(LogoError) as raised:
        with_logo(template, path)
    assert str(raised.value).startswith(f"{name}: ")
    assert message in str(raised.value) and "\n" not in str(raised.value)
    assert template == Template(name="Before", organisation="Ministry")


def test_a_huge_file_is_refused_before_it_is_read(tmp_path: Path) -> None:
    path = tmp_path / "huge.tif"
    with path.open("wb") as handle:
        handle.truncate(logo.MAX_FILE_BYTES + 1)  # sparse: costs no disk
    with pytest.raises(LogoError, match=r"huge\.tif is larger than 50 MB"):
        read_logo(path)


def test_a_missing_file_says_so(tmp_path: Path) -> None:
    with pytest.raises(LogoError, match=r"Could not open gone\.png"):
        read_logo(tmp_path / "gone.png")
