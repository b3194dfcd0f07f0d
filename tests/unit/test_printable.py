"""Names the printed pages cannot draw (an emoji prints as an empty box that looks like a tick
box) are refused where they come in; the rule is the domain's, fed with the font's characters."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlite_utils import Database

from buurtdesk.domain.address import AddressError, printable_name
from buurtdesk.io.address_import import ImportRefused, import_addresses
from buurtdesk.io.printable import drawable_characters, printable_clean_name


def test_the_domain_rule_takes_the_characters_it_is_given() -> None:
    abc = {ord(c) for c in "abc"}
    assert printable_name("ab c", abc) == "ab c"
    with pytest.raises(AddressError, match=r'"d" \(U\+0064, latin small letter d\)'):
        printable_name("abd", abc, "straatnaam")


def test_the_font_draws_dutch_but_not_emoji() -> None:
    drawable = drawable_characters()
    for ch in "Églantierstraat Ĳsselkade ŝ ő ë ç ß ’":
        assert ord(ch) in drawable or ch == " "
    for ch in "\U0001f3e0\U0001f31e\u2705\U0001f337":
        assert ord(ch) not in drawable
    assert printable_clean_name("  Églantier\u00a0straat ") == "Églantier straat"
    with pytest.raises(AddressError, match="U\\+1F3E0"):
        printable_clean_name("Huis \U0001f3e0", "straatnaam")


def test_an_import_names_file_and_line_and_writes_nothing(tmp_path: Path, db: Database) -> None:
    path = tmp_path / "adressen.csv"
    path.write_text(
        "straat;huisnummer;woonplaats\n"
        "Kerkweg;1;Ons Dorp\n"
        "Kerkweg;2;Ons Dorp \U0001f3e1\n"
        "Bloemstraat \U0001f337;3;Ons Dorp\n",
        encoding="utf-8",
    )
    before = "\n".join(db.conn.iterdump())
    with pytest.raises(ImportRefused) as refused:
        import_addresses(db, path)
    text = str(refused.value)
    assert f"{path}:3: plaats bevat" in text and f"{path}:4: straatnaam bevat" in text
    assert "\n".join(db.conn.iterdump()) == before
