"""Counts per region in a table ("大洲 | 友好城市 | 友好交流城市 | 合计"): a claim per region, checked against the
document's partners in that region."""

from __future__ import annotations

DOC = """<html><body><h2>友好城市</h2><ul><li>日本岐阜市</li><li>韩国丽水市</li><li>法国尼斯市</li><li>英国利兹市</li>
<li>美国波士顿市</li></ul>
<h3>分布情况</h3><table>
<tr><th>大洲</th><th>友好城市</th><th>合计</th></tr>
<tr><td>亚洲</td><td>2</td><td>2</td></tr>
<tr><td>欧洲</td><td>3</td><td>3</td></tr>
<tr><td>美洲</td><td>1</td><td>1</td></tr>
</table></body></html>"""


def test_a_table_of_counts_per_continent_gives_checked_claims(extract_text):
    x = extract_text(DOC.encode(), home_key="gn:1808926", name="youcheng.html")  # Hangzhou
    got = {(c.scope, c.cities, c.check) for c in x.claims if c.scope.startswith("region:")}
    assert ("region:asia", 2, "consistent") in got
    assert ("region:europe", 3, "inconsistent") in got  # two European partners listed, the table says three
    assert ("region:americas", 1, "consistent") in got


def test_regions_of_countries():
    from intercity.core.extraction.claims import region_of_country

    assert region_of_country("asia", "JP") and region_of_country("europe", "FR") and region_of_country("americas", "BR")
    assert region_of_country("latin-america", "MX") and not region_of_country("north-america", "MX")
    assert region_of_country("middle-east", "TR") and region_of_country("oceania", "FJ") is True
    assert region_of_country("asia", None) is None


def test_a_chinese_list_item_with_its_country_written_on(extract_text):
    """"日本岐阜市" in a list of one entry per item: Gifu in Japan ("中山市" stays a name of its own)."""
    x = extract_text(DOC.encode(), home_key="gn:1808926", name="youcheng.html")
    assert {p.place.key for p in x.partnerships if p.place is not None} >= {"gn:1863641", "gn:2990440", "gn:4930956"}


MERGED = """<html><body><p>本市已与4个国家的5个城市建立友好城市关系，并与釜山（韩国）建立友好合作交流城市关系。</p><table>
<tr><th>大洲</th><th>城市</th><th>国家</th><th>结好时间</th></tr>
<tr><td>亚洲（3）</td><td>岐阜市</td><td>日本</td><td>1979年</td></tr>
<tr><td>亚洲（3）</td><td>丽水市</td><td>韩国</td><td>1990年</td></tr>
<tr><td>欧洲（3）</td><td>尼斯市</td><td>法国</td><td>1994年</td></tr>
<tr><td>欧洲（3）</td><td>利兹市</td><td>英国</td><td>1988年</td></tr>
<tr><td>美洲（1）</td><td>波士顿市</td><td>美国</td><td>1982年</td></tr>
</table></body></html>"""


def test_a_region_cell_with_its_count_on_every_row_counts_its_rows(extract_text):
    x = extract_text(MERGED.encode(), home_key="gn:1808926", name="merged.html")  # Hangzhou
    got = {(c.scope, c.cities, c.check) for c in x.claims if c.scope.startswith("region:")}
    # Busan (a friendship tie in the prose) lies in Asia but is no row of the table: Asia's three are its rows
    assert got == {("region:asia", 3, "inconsistent"), ("region:europe", 3, "inconsistent"),
                   ("region:americas", 1, "consistent")}


PLACED_BY_COUNTRY = """## Sister cities

- Gifu (Japan)
- Qwzetown (South Korea)
- Nice (France)

### By continent

| Continent | Sister cities | Total |
|---|---|---|
| Asia | 2 | 2 |
| Europe | 1 | 1 |
"""


def test_a_tie_placed_only_by_its_written_country_counts_in_its_region(extract_text):
    x = extract_text(PLACED_BY_COUNTRY, home_key="gn:1808926", name="sister.md")
    unplaced = [p for p in x.partnerships if p.place is None]
    assert [(p.name_as_written, p.country_code) for p in unplaced] == [("Qwzetown", "KR")]
    got = {(c.scope, c.cities, c.check) for c in x.claims if c.scope.startswith("region:")}
    assert ("region:asia", 2, "consistent") in got and ("region:europe", 1, "consistent") in got
