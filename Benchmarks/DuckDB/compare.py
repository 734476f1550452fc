"""The benchmarks' questions asked of DuckDB over the same cases, for an independent yardstick.

Usage: python3 Benchmarks/DuckDB/compare.py DATABASE.sqlite
Needs `pip install duckdb`. The non-personal columns of the SQLite file's case_record table
are copied through a CSV file into an in-memory DuckDB table; each question is then timed
warm, as the median of 30 runs, and the counts are printed so they can be checked against
KRATKit's.
"""
import csv
import os
import sqlite3
import statistics
import sys
import tempfile
import time

import duckdb

COLUMNS = ["identified_on", "identified_month", "county", "municipality", "status", "sex", "age_band"]


def load(path):
    handle, csv_path = tempfile.mkstemp(suffix=".csv")
    with os.fdopen(handle, "w", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(COLUMNS)
        writer.writerows(sqlite3.connect(path).execute(f"SELECT {', '.join(COLUMNS)} FROM case_record"))
    duck = duckdb.connect()
    duck.execute(f"CREATE TABLE case_record AS SELECT * FROM read_csv('{csv_path}', header=true, all_varchar=false)")
    os.remove(csv_path)
    return duck


def timed(duck, sql, parameters=()):
    times = []
    for _ in range(30):
        start = time.perf_counter()
        result = duck.execute(sql, parameters).fetchall()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000, result


def main():
    duck = load(sys.argv[1])
    n = duck.execute("SELECT count(*) FROM case_record").fetchone()[0]
    print(f"DuckDB {duckdb.__version__}, {n} cases")
    # 2025-01-01..2025-10-15 and 2024-01-01..2024-10-15 as day ordinals (days since 1970-01-01).
    questions = {
        "same-period comparison by status": (
            "SELECT status, count(*) FROM case_record WHERE identified_on BETWEEN ? AND ? GROUP BY status "
            "UNION ALL SELECT status, count(*) FROM case_record WHERE identified_on BETWEEN ? AND ? GROUP BY status",
            (20089, 20376, 19723, 20011)),
        "30-year trend by year": ("SELECT identified_month // 12, count(*) FROM case_record GROUP BY 1 ORDER BY 1", ()),
        "two-way breakdown municipality x status": (
            "SELECT municipality, status, count(*) FROM case_record GROUP BY 1, 2", ()),
    }
    for name, (sql, parameters) in questions.items():
        milliseconds, result = timed(duck, sql, parameters)
        print(f"{name}: {milliseconds:.2f} ms (median of 30), {len(result)} rows, total {sum(r[-1] for r in result)}")


main()
