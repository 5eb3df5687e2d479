"""A map of 10,000 actors and 30,000 ties in the browser: it is drawn and stays usable.

The figures (time to the first frame, frames drawn while the camera moves) are printed,
not judged: here the browser draws WebGL on the processor (SwiftShader), far slower than
any graphics card. Run with ``-n 0 -s`` to see them.
"""

from __future__ import annotations

import pytest

from tests.browser import BIG_MAP_TIMEOUT_MS, OpenMap
from tests.web.maps import big_data


@pytest.mark.slow
def test_ten_thousand_actors_are_drawn_and_the_camera_moves(open_web_map: OpenMap) -> None:
    data = big_data(10_000, 30_000)
    map_page = open_web_map(data, timeout_ms=BIG_MAP_TIMEOUT_MS)
    assert map_page.js("window.aspdeskWebMap.graph.order") == 10_000
    assert map_page.js("window.aspdeskWebMap.graph.size") == 30_000
    assert map_page.js("window.aspdeskWebMap.renderer.getSetting('hideEdgesOnMove')") is True
    frames = map_page.js(
        """() => new Promise(resolve => {
            const camera = window.aspdeskWebMap.renderer.getCamera();
            let frames = 0;
            const start = performance.now();
            camera.animate({ ratio: 0.3, x: 0.6, y: 0.4 }, { duration: 1000 });
            const count = () => {
                frames += 1;
                if (camera.isAnimated()) requestAnimationFrame(count);
                else resolve([frames, performance.now() - start]);
            };
            requestAnimationFrame(count);
        })"""
    )
    labels = map_page.js("window.aspdeskWebMap.renderer.getNodeDisplayedLabels().size")
    first = map_page.js("document.body.dataset.drawMs")
    print(
        f"\n10,000 actors, 30,000 ties: first frame after {first} ms;"
        f" {frames[0]} frames in {frames[1]:.0f} ms of camera move; {labels} labels shown"
    )
    assert 0 < labels < 10_000
    map_page.js("window.aspdeskWebMap.select('a0')")
    assert map_page.page.locator("#card").is_visible()
