import ipywidgets as ipw
import numpy as np
import pytest

from course_utils import widgets


def _line_figure(dynamic: bool):
    fig = widgets.new_figure(figsize=(4, 3))
    ax = fig.subplots()
    x = np.linspace(0, 1, 20)
    (line,) = ax.plot(x, x)
    ax.set_ylim(0, 3)

    def update(a):
        line.set_ydata(a * x)
        return f"a = {a:.1f}"

    live = widgets.LiveFigure(fig, update, dynamic=[line] if dynamic else [], main=True,
                              a=widgets.slider(1.0, 0.0, 3.0, description="a"))
    return live, line


@pytest.mark.parametrize("dynamic", [False, True])
def test_live_figure_draws_once_then_updates_in_place(dynamic):
    live, line = _line_figure(dynamic)
    first = live.image.value
    assert first[:8] == b"\x89PNG\r\n\x1a\n" and live.n_updates == 1
    fig_before = live.fig
    live.controls["a"].value = 2.5
    assert live.n_updates == 2 and live.image.value != first
    assert live.fig is fig_before and line.get_ydata()[-1] == pytest.approx(2.5)
    assert "a = 2.5" in live.status.value and live.last_update_ms > 0
    live.set(a=0.5)
    assert live.n_updates == 3 and live.values() == {"a": 0.5}
    live.full_redraw()
    assert live.n_updates == 4
    assert widgets.main_widget() is not None


def test_live_figure_blit_matches_full_drawing():
    blit, _ = _line_figure(dynamic=True)
    full, _ = _line_figure(dynamic=False)
    blit.set(a=2.0)
    full.set(a=2.0)
    import io

    from PIL import Image

    a = np.asarray(Image.open(io.BytesIO(blit.image.value)).convert("L"), dtype=float)
    b = np.asarray(Image.open(io.BytesIO(full.image.value)).convert("L"), dtype=float)
    assert a.shape == b.shape and np.mean(np.abs(a - b)) < 2.0


def test_live_figure_bad_input():
    fig = widgets.new_figure()
    with pytest.raises(TypeError, match="Figure"):
        widgets.LiveFigure("fig", lambda: None)
    with pytest.raises(TypeError, match="function"):
        widgets.LiveFigure(fig, 3)
    with pytest.raises(TypeError, match="control 'a'"):
        widgets.LiveFigure(fig, lambda a: None, a=3)
    with pytest.raises(TypeError, match="artists"):
        widgets.LiveFigure(fig, lambda: None, dynamic=["line"])
    live = widgets.LiveFigure(fig, lambda a: None, a=widgets.slider(1, 0, 2))
    with pytest.raises(KeyError, match="unknown control"):
        live.set(b=1)


def test_slider_and_figure_validation():
    s = widgets.slider(3, 1, 10, integer=True, description="k")
    assert isinstance(s, ipw.IntSlider) and s.value == 3
    assert isinstance(widgets.slider(0.5, 0, 1), ipw.FloatSlider)
    with pytest.raises(ValueError, match="min < max"):
        widgets.slider(1, 2, 1)
    with pytest.raises(ValueError, match="between"):
        widgets.slider(5, 0, 1)
    with pytest.raises(ValueError, match="figsize"):
        widgets.new_figure(figsize=(0, 3))
    with pytest.raises(TypeError):
        widgets.render_png("not a figure")


def test_live_plot_updates():
    plot = widgets.LivePlot()
    first = plot.image.value
    plot.update({"train_loss": [1.0, 0.5], "val_loss": [1.2, 0.8]})
    assert plot.image.value != first
    assert list(plot.lines["train_loss"].get_ydata()) == [1.0, 0.5]


def test_slider_start_value_lies_on_the_step_grid():
    for value, low, high in [(1.0, 0.1, 5.0), (0.3, 0.0, 1.0), (4.0, 2.0, 6.0), (0.05, 0.001, 1.0)]:
        s = widgets.slider(value, low, high)
        k = (value - low) / s.step
        assert abs(k - round(k)) < 1e-6 and s.step <= (high - low) / 50
    with pytest.raises(ValueError, match="not on the grid"):
        widgets.slider(1.0, 0.1, 5.0, step=0.4)


def test_main_figure_is_marked_for_the_browser():
    live, _ = _line_figure(dynamic=True)
    assert "course-live-figure-main" in live.widget._dom_classes


def test_live_plot_epoch_ticks_are_whole_numbers():
    plot = widgets.LivePlot()
    plot.update({"train_loss": [1.0, 0.7, 0.6, 0.5, 0.45], "val_loss": [1.1, 0.8, 0.7, 0.6, 0.6]})
    ticks = [t for t in plot.ax.get_xticks() if 1 <= t <= 5]
    assert ticks and all(float(t).is_integer() for t in ticks)


def test_add_control_shows_a_preset_menu_that_moves_the_sliders():
    live, line = _line_figure(dynamic=True)
    menu = ipw.Dropdown(options=["low", "high"], value="low")
    live.add_control(menu, on_change=lambda name: live.set(a={"low": 0.5, "high": 2.5}[name]))
    assert menu in live._control_box.children and live.extra_controls == [menu]
    before = live.n_updates
    menu.value = "high"
    assert live.controls["a"].value == 2.5 and live.n_updates == before + 1  # one redraw
    np.testing.assert_allclose(line.get_ydata()[-1], 2.5)


def test_add_control_rejects_what_is_not_a_control():
    live, _ = _line_figure(dynamic=False)
    with pytest.raises(TypeError, match="ipywidgets control"):
        live.add_control("preset")
    with pytest.raises(TypeError, match="on_change must be a function"):
        live.add_control(ipw.Dropdown(options=["a"]), on_change="set")


def test_live_figures_lists_the_alive_figures_in_order():
    first, _ = _line_figure(dynamic=False)
    second, _ = _line_figure(dynamic=True)
    alive = widgets.live_figures()
    assert alive.index(first) < alive.index(second)


def test_arrange_controls_lays_out_every_control_and_refuses_to_lose_one():
    live, _ = _line_figure(dynamic=True)
    boxes = [ipw.FloatText(value=float(k)) for k in range(4)]
    grid = ipw.GridBox(boxes)
    live.arrange_controls(ipw.HTML("<b>weights</b>"), grid, live.controls["a"])
    assert live._control_box.children[1] is grid and live._control_box.children[2] is live.controls["a"]
    with pytest.raises(ValueError, match="missing: \\['a'\\]"):
        live.arrange_controls(grid)
    with pytest.raises(TypeError, match="ipywidgets"):
        live.arrange_controls("a", live.controls["a"])


def test_figure_texts_and_status_in_french(french):
    plot = widgets.LivePlot()
    assert (plot.ax.get_xlabel(), plot.ax.get_ylabel()) == ("époque", "perte")
    assert plot.ax.get_title() == "Courbes d'apprentissage (en direct)"
    assert [t.get_text() for t in plot.ax.get_legend().get_texts()] == ["perte (entraînement)", "perte (validation)"]
    fig = widgets.new_figure(figsize=(3, 2))
    fig.subplots().plot([0, 1], [0, 1])
    live = widgets.LiveFigure(fig, lambda a: a / 4, a=widgets.slider(0.5, 0, 1))
    assert "0,125" in live.status.value  # a number returned by update: decimal comma
    with pytest.raises(ZeroDivisionError):
        widgets.LiveFigure(fig, lambda a: 1 / 0, a=widgets.slider(0.5, 0, 1))
    broken = widgets.LiveFigure(fig, lambda a: 1 / (a - 0.2), a=widgets.slider(0.5, 0, 1))
    with pytest.raises(ZeroDivisionError) as info:
        broken.set(a=0.2)
    assert "update(a=0.2) a échoué" in broken.status.value
    assert "appelée ainsi" in " ".join(info.value.__notes__)
