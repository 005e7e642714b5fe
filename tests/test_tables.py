"""The one Markdown table writer (tables.py) that reports, comparisons and the audit use."""

from cpkb import tables


def test_a_cell_keeps_a_pipe_and_a_line_break_inside_it() -> None:
    assert tables.cell('"a | b\nc"') == '"a \\| b c"'


def test_a_table_has_its_header_its_rule_and_a_line_a_row() -> None:
    assert tables.markdown(["duty", "due"], [["initial_conference", "2025-03-12"],
                                             ["a|b", 3]]) == [
        "| duty | due |", "|---|---|", "| initial_conference | 2025-03-12 |", "| a\\|b | 3 |"]


def test_an_audit_table_keeps_a_quote_with_a_pipe_in_its_cell() -> None:
    from cpkb.audit import Output, render_child

    duty = {"duty": "initial_conference", "due": "2025-03-12", "status": "met",
            "fulfilled_on": "2025-03-10", "rule": "r", "source": {"paragraph": "p/1",
                                                                  "quote": "a | b\nc"}}
    text = render_child({"child": "C1", "duties": [duty], "problems": [], "not_assessed": []},
                        Output(format="markdown"))
    row = next(line for line in text.splitlines() if line.startswith("| initial_conference"))
    assert row.count(" | ") == 5 and 'p/1: "a \\| b c"' in row
