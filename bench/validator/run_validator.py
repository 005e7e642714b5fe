"""Run the Data to Insight CIN validator on one census file; print its rule 8675Q as JSON.

Runs in the validator's own environment, not cpkb's (compare_8675q.py calls it so):

    .venv-validator/bin/python bench/validator/run_validator.py CENSUS.xml [--ruleset cin2024_25]

It does what the validator's own command `python -m cin_validator run CENSUS.xml -r
cin2024_25` does (cin_validator/__main__.py, run_all): ElementTree parse, convert_data,
process_data, then CinValidator with every rule of the ruleset; without printing the table,
and timing the two stages. `--only 8675Q` runs that rule alone.

Prints one JSON object: the package's version, the ruleset and how many rules it ran, the
header's ReferenceDate, the timings, any rule that raised (the validator prints
"Error with rule ..." and goes on), the validator's bank holiday table (its first and last
day and every day), and each 8675Q finding: the child, the Section47 row and its
S47ActualStartDate, DateOfInitialCPC and ICPCnotRequired as the validator read them.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import io
import json
import sys
import time
import warnings
import xml.etree.ElementTree as ET
from importlib.metadata import version


def _text(value: object) -> str | None:
    import numpy as np
    import pandas as pd

    if isinstance(value, np.datetime64):
        value = pd.Timestamp(value)
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return None
    if isinstance(value, pd.Timestamp):
        return value.date().isoformat()
    return str(value)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("census")
    parser.add_argument("--ruleset", default="cin2024_25")
    parser.add_argument("--only", nargs="*", default=None, help="rule codes to run (default all)")
    args = parser.parse_args()
    warnings.simplefilter("ignore")  # pandas FutureWarnings from the rules' groupby().apply

    start = time.perf_counter()
    from cin_validator import cin_validator
    from cin_validator.england_holidates import england_holidates

    imported = time.perf_counter()
    root = ET.parse(args.census).getroot()
    raw = cin_validator.convert_data(root)
    data = cin_validator.process_data(raw)
    tables = time.perf_counter()
    registry = importlib.import_module(f"cin_validator.rules.{args.ruleset}").registry
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):  # "Error with rule X: ..." lines
        validator = cin_validator.CinValidator(data, registry, selected_rules=args.only)
    done = time.perf_counter()

    issues = validator.full_issue_df
    rows = issues[(issues["rule_code"] == "8675Q")
                  & (issues["columns_affected"] == "S47ActualStartDate")]
    section47 = validator.data_files["Section47"]
    flagged = []
    for _, issue in rows.iterrows():
        row = section47.loc[int(issue["row_id"])]
        flagged.append({
            "child": str(issue["child_id"]),
            "row": int(issue["row_id"]),
            "S47ActualStartDate": _text(row["S47ActualStartDate"]),
            "DateOfInitialCPC": _text(row["DateOfInitialCPC"]),
            "ICPCnotRequired": _text(row["ICPCnotRequired"]),
        })
    header = validator.data_files["Header"]
    holidays = sorted(day.isoformat() for day in england_holidates)
    json.dump({
        "package": "csc-validator-be-cin",
        "version": version("csc-validator-be-cin"),
        "pandas": version("pandas"),
        "numpy": version("numpy"),
        "python": sys.version.split()[0],
        "ruleset": args.ruleset,
        "rules_run": len(args.only) if args.only else len(registry),
        "reference_date": _text(header["ReferenceDate"].values[0]),
        "children": len(validator.data_files["ChildIdentifiers"]),
        "section47_rows": len(section47),
        "seconds": {"import": imported - start, "tables": tables - imported,
                    "rules": done - tables, "total": done - start},
        "rule_errors": [line for line in printed.getvalue().splitlines()
                        if line.startswith("Error with rule")],
        "holidays": {"first": holidays[0], "last": holidays[-1], "days": holidays},
        "flagged": sorted(flagged, key=lambda f: (f["child"], f["row"])),
    }, sys.stdout)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
