"""The resident's overview (AVG art. 15) as a PDF, read back with pypdf: every part of
``household_data`` is on it, door-question answers have their place, a long history flows on."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from pypdf import PdfReader

from buurtdesk.io.pdf.household_overview import write_household_overview


def _data(visits: int = 2, **more: Any) -> dict[str, Any]:
    return {
        "postcode": "1234 AB",
        "place": "Buurtdorp",
        "source": "BAG",
        "note": "hond in de tuin",
        "do_not_visit": False,
        "do_not_visit_reason": "",
        "erased_on": [],
        "contact": {
            "phone": "06 1234 5678",
            "email": "",
            "consent_at": "2026-09-10",
            "purpose": "terugbellen over de warmtescan",
        },
        "visits": [
            {
                "number": i + 1,
                "date": "2026-09-08",
                "outcome": "spoke",
                "by": "Anna de Vries",
                "note": f"notitie {i + 1}",
                "project": "Samen isoleren",
                "undone": False,
            }
            for i in range(visits)
        ],
        "signups": [{"activity": "Warmtescan", "date": "2026-10-01", "attended": True}],
        "initiator_in": ["Samen isoleren"],
        **more,
    }


def _text(path: Path) -> tuple[int, str]:
    reader = PdfReader(path)
    return len(reader.pages), "".join(page.extract_text() for page in reader.pages)


def test_everything_kept_is_on_one_page(tmp_path: Path) -> None:
    out = tmp_path / "inzage.pdf"
    pages = write_household_overview(out, _data(), address="Kerkweg 7", neighbourhood="Oost",
                                     contact="team@oost.nl", today=date(2026, 11, 30))  # fmt: skip
    count, text = _text(out)
    assert pages == count == 1
    for said in ("Kerkweg 7, 1234 AB Buurtdorp", "hond in de tuin", "06 1234 5678",
                 "10-9-2026", "terugbellen over de warmtescan", "Bezoeken (2)", "gesproken",
                 "Anna de Vries", "notitie 2", "Aangemeld voor Warmtescan",
                 "Initiatiefnemer in Samen isoleren", "team@oost.nl",
                 "geen antwoorden bewaard"):  # fmt: skip
        assert said in text, said


def test_door_question_answers_have_their_place_and_a_long_history_flows_on(
    tmp_path: Path,
) -> None:
    out = tmp_path / "inzage.pdf"
    answers = [{"date": "2026-09-08", "question": "Hoe verwarmt u uw huis?", "answer": "gas"}]
    data = _data(visits=60, answers=answers)
    pages = write_household_overview(
        out, data, address="Kerkweg 7", neighbourhood="Oost", contact="", today=date(2026, 11, 30)
    )
    count, text = _text(out)
    assert pages == count >= 2
    assert "Hoe verwarmt u uw huis?" in text and "notitie 60" in text and "pagina 2" in text
