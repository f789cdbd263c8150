"""Extra checks while nbval runs the notebooks and the template (not part of the course: students can ignore it).

- No cell may print more than MAX_OUTPUT_LINES lines: long dumps drown what the student should look at.
"""

from __future__ import annotations

import pytest

MAX_OUTPUT_LINES = 100


def _output_lines(outputs: list) -> int:
    lines = 0
    for out in outputs or []:
        if out.get("output_type") == "stream":
            text = out.get("text", "")
        else:
            text = out.get("data", {}).get("text/plain", "") if "text/html" not in out.get("data", {}) else ""
        text = "".join(text) if isinstance(text, list) else text
        # tqdm redraws its bar with carriage returns: count what stays on screen
        lines += sum(1 for line in text.split("\n") if line.split("\r")[-1].strip())
    return lines


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item: pytest.Item):
    result = yield
    outputs = getattr(item, "test_outputs", None)
    if outputs is not None:
        n = _output_lines(outputs)
        if n > MAX_OUTPUT_LINES:
            raise AssertionError(f"{item.name} printed {n} lines (at most {MAX_OUTPUT_LINES}): "
                                 "print less (e.g. df.head(), a summary) so the point stays visible.")
    return result
