"""Prints the statistics table of a Gatling HTML report (index.html) as Markdown:
per request count, KO, throughput and p50/p95/p99/max in ms. Used by load.sh.
    python3 docs/loadtest/gatling-table.py target/gatling/<run>/index.html
"""
import html
import re
import sys

page = open(sys.argv[1], encoding="utf-8").read()
print("| request | count | KO | req/s | p50 ms | p95 ms | p99 ms | max ms |")
print("|---|---|---|---|---|---|---|---|")
for row in re.findall(r"<tr id=\"[^\"]+\"[^>]*>(.*?)</tr>", page, re.S):
    name = re.search(r'class="ellipsed-name">([^<]*)<', row)
    cells = dict(re.findall(r'class="value [a-z]+ (col-\d+)">([^<]*)<', row))
    if not name or "col-2" not in cells:
        continue
    print("| {} | {} | {} | {} | {} | {} | {} | {} |".format(html.unescape(name.group(1)), cells["col-2"],
          cells["col-4"], cells["col-6"], cells["col-8"], cells["col-10"], cells["col-11"], cells["col-12"]))
