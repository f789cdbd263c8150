"""French of the messages and figure labels of ``course_utils/landscapes.py`` (notebook 04)."""

MESSAGES: dict[str, str] = {
    "Surface.{attr} must be a function of the point p, got {received}.":
        "Surface.{attr} doit être une fonction du point p\u202f; reçu\u202f: {received}.",
    "{name} must be (low, high) with low < high, got ({low}, {high}).":
        "{name} doit être (bas, haut) avec bas < haut\u202f; reçu\u202f: ({low}, {high}).",
    "p (point)": "p (le point)",
    "p must be one point of shape (2,) or points of shape (n_points, 2), got {shape}.":
        "p doit être un point de forme (2,) ou des points de forme (n_points, 2)\u202f; reçu\u202f: la forme {shape}.",
    " Rows and columns look swapped: use {name}.T.": " Les lignes et les colonnes semblent inversées\u202f: "
                                                     "utilisez {name}.T.",
    "p must hold points (p1, p2) along its last axis, shape (2,) or (..., 2), got shape {shape}.":
        "p doit contenir des points (p1, p2) le long de son dernier axe, de forme (2,) ou (..., 2)\u202f; "
        "reçu\u202f: la forme {shape}.",
    "condition must be >= 1 (1 = round bowl), got {value}.":
        "condition doit être >= 1 (1 = cuvette ronde)\u202f; reçu\u202f: {value}.",
    "well-conditioned bowl (condition {c})": "cuvette bien conditionnée (conditionnement {c})",
    "ill-conditioned bowl (condition {c})": "cuvette mal conditionnée (conditionnement {c})",
    "tilt must be below 1 (otherwise the right valley disappears), got {value}.":
        "tilt doit être inférieur à 1 (sinon la vallée de droite disparaît)\u202f; reçu\u202f: {value}.",
    "two valleys (tilt {t})": "deux vallées (inclinaison {t})",
    "surface must be a Surface such as landscapes.bowl() or landscapes.two_minima(), got {received}.":
        "surface doit être une Surface comme landscapes.bowl() ou landscapes.two_minima()\u202f; reçu\u202f: "
        "{received}.",
    "parameter $p_1$ (no unit)": "paramètre $p_1$ (sans unité)",
    "parameter $p_2$ (no unit)": "paramètre $p_2$ (sans unité)",
    "minimum": "le minimum",
    "minima": "les minima",
    " Pass the axes that plot_surface_contours returned: ax = plot_surface_contours(surface).":
        " Donnez les axes que plot_surface_contours a renvoyés\u202f: ax = plot_surface_contours(surface).",
    " It is an array of axes: pick one, e.g. axes[0].": " C'est un tableau d'axes\u202f: choisissez-en un, par "
                                                        "exemple axes[0].",
    " It is a figure: use fig.gca() or fig, ax = plt.subplots().":
        " C'est une figure\u202f: utilisez fig.gca() ou fig, ax = plt.subplots().",
    "{name} must be a matplotlib Axes, got {received}.": "{name} doit être un Axes matplotlib\u202f; reçu\u202f: "
                                                         "{received}.",
    " For one point write [[p1, p2]]; a list of single positions is a descent in one dimension: draw it with "
    "ax.plot(positions).":
        " Pour un seul point, écrivez [[p1, p2]]\u202f; une liste de positions isolées est une descente en une "
        "dimension\u202f: tracez-la avec ax.plot(positions).",
    "path must be the visited points, one row (p1, p2) per step: shape (n_points, 2), got shape {shape}.":
        "path doit contenir les points visités, une ligne (p1, p2) par étape\u202f: forme (n_points, 2)\u202f; "
        "reçu\u202f: la forme {shape}.",
    "path must start at a finite point, got {point} in its first row.":
        "path doit commencer par un point fini\u202f; reçu\u202f: {point} dans sa première ligne.",
    "color must be a Matplotlib colour such as 'black', '#E69F00' or plotting.PALETTE[0], got {received}.":
        "color doit être une couleur Matplotlib comme 'black', '#E69F00' ou plotting.PALETTE[0]\u202f; reçu\u202f: "
        "{received}.",
    "marker must be a Matplotlib marker such as 'o' (dot), 's' (square), '.' or '' (none), got {received}.":
        "marker doit être un marqueur Matplotlib comme 'o' (point), 's' (carré), '.' ou '' (aucun)\u202f; "
        "reçu\u202f: {received}.",
}
