"""Plain Python domain rules: addresses, outcomes, participation, plans. No Qt, no SQL."""
