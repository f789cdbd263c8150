"""French of the exercises of notebook 04 (``course_utils/exercises/gradient_descent.py``)."""

MESSAGES: dict[str, str] = {
    "one whole number (a count of steps)":
        "un nombre entier (un nombre de pas)",
    "`{name}` is a pair of values. `gradient_descent_1d` returns two things, the visited points and whether the "
    "stopping test was met: unpack them into two names, then count the steps.":
        "`{name}` est une paire de valeurs. `gradient_descent_1d` renvoie deux choses, les points visités et si "
        "le critère d'arrêt a été atteint\u202f: répartissez-les dans deux noms, puis comptez les pas.",
    "`{name}` holds {size} values: it looks like the path (the points visited) rather than the number of steps. "
    "Count the steps: the path holds the start, then one point per step.":
        "`{name}` contient {size} valeurs\u202f: cela ressemble au chemin (les points visités) plutôt qu'au "
        "nombre de pas. Comptez les pas\u202f: le chemin contient le départ, puis un point par pas.",
    "`{name}` looks like the last point x reached, not the number of steps taken to reach it.":
        "`{name}` ressemble au dernier point x atteint, pas au nombre de pas qu'il a fallu pour l'atteindre.",
    "`{name}` looks like the last slope |f'(x)|, not the number of steps taken.":
        "`{name}` ressemble à la dernière pente |f'(x)|, pas au nombre de pas effectués.",
    "`{name}` solves the equation for k exactly, which gives a number with decimals. The number of steps is a "
    "whole number: the first whole k for which the slope is below 0.001 (round up).":
        "`{name}` résout exactement l'équation en k, ce qui donne un nombre à virgule. Le nombre de pas est un "
        "nombre entier\u202f: le premier entier k pour lequel la pente passe sous 0,001 (arrondissez à l'entier "
        "supérieur).",
    "`{name}` is one too many. It probably counts the points of the path, and the path also holds the start x0 "
    "(the steps are one fewer). Also check that you start at x0 = 2, not at the x0 = 3 of the earlier sections.":
        "`{name}` en compte un de trop. Il compte sans doute les points du chemin, et le chemin contient aussi "
        "le départ x0 (il y a un pas de moins). Vérifiez aussi que vous partez de x0 = 2, et non du x0 = 3 des "
        "sections précédentes.",
    "`{name}` is one too few. With the formula, take the first whole k where the slope |f'(x_k)| = |2 x_k| is "
    "below 0.001 (round up, not down); and the stopping test is on the slope |f'(x)|, not on x itself.":
        "`{name}` en compte un de moins. Avec la formule, prenez le premier entier k où la pente |f'(x_k)| = |2 "
        "x_k| passe sous 0,001 (arrondissez à l'entier supérieur, pas inférieur)\u202f; et le critère d'arrêt "
        "porte sur la pente |f'(x)|, pas sur x lui-même.",
    "`{name}` stops when the loss f(x) = x² is below 0.001. The stopping test is on the slope, |f'(x)| < 0.001.":
        "`{name}` s'arrête quand la perte f(x) = x² passe sous 0,001. Le critère d'arrêt porte sur la "
        "pente\u202f: |f'(x)| < 0,001.",
    "`{name}` is the count for the learning rate α = 0.1 (the default of the earlier sections). Use α = 0.25, "
    "as the task says.":
        "`{name}` est le décompte pour le taux d'apprentissage α = 0,1 (la valeur par défaut des sections "
        "précédentes). Prenez α = 0,25, comme le demande l'énoncé.",
    "`{name}` is the count of section 2 (α = 0.1, start x0 = 3). Use α = 0.25 and x0 = 2, as the task says.":
        "`{name}` est le décompte de la section 2 (α = 0,1, départ x0 = 3). Prenez α = 0,25 et x0 = 2, comme le "
        "demande l'énoncé.",
    "`{name}` is the count for α = 0.5, which lands on the minimum in one step. Use α = 0.25.":
        "`{name}` est le décompte pour α = 0,5, qui atterrit sur le minimum en un seul pas. Prenez α = 0,25.",
    "`{name}` is the maximum number of steps (`max_steps`): did the descent meet its stopping test? Count the "
    "steps of the path it returns.":
        "`{name}` est le nombre maximal de pas (`max_steps`)\u202f: la descente a-t-elle atteint son critère "
        "d'arrêt\u202f? Comptez les pas du chemin qu'elle renvoie.",
    "`{name}` = {steps}, but a number of steps cannot be negative.":
        "`{name}` = {steps}, or un nombre de pas ne peut pas être négatif.",
    "`{name}` = {steps} is not the number of steps of this descent yet: it is too large. Check the start (x0 = "
    "2), the learning rate (α = 0.25) and the stopping test (|f'(x)| < 0.001).":
        "`{name}` = {steps} n'est pas encore le nombre de pas de cette descente\u202f: c'est trop. Vérifiez le "
        "départ (x0 = 2), le taux d'apprentissage (α = 0,25) et le critère d'arrêt (|f'(x)| < 0,001).",
    "`{name}` = {steps} is not the number of steps of this descent yet: it is too small. Check the start (x0 = "
    "2), the learning rate (α = 0.25) and the stopping test (|f'(x)| < 0.001).":
        "`{name}` = {steps} n'est pas encore le nombre de pas de cette descente\u202f: c'est trop peu. Vérifiez "
        "le départ (x0 = 2), le taux d'apprentissage (α = 0,25) et le critère d'arrêt (|f'(x)| < 0,001).",
    "count the steps":
        "compter les pas",
    "Run `gradient_descent_1d` with the gradient `f_prime`, the start x0 = 2 and the learning rate 0.25 (its "
    "default stopping test, |f'(x)| < 0.001, is the one asked). It returns two things: the visited points and "
    "whether the stopping test was met.":
        "Lancez `gradient_descent_1d` avec le gradient `f_prime`, le départ x0 = 2 et le taux d'apprentissage "
        "0,25 (son critère d'arrêt par défaut, |f'(x)| < 0,001, est celui demandé). Elle renvoie deux "
        "choses\u202f: les points visités et si le critère d'arrêt a été atteint.",
    "The path holds the start, then one point per step: the number of steps is one less than the number of "
    "points. By hand: each step multiplies x by 1 - 2α = 0.5, so the slope is |f'(x_k)| = 4 × 0.5^k; find the "
    "first whole k for which it is below 0.001.":
        "Le chemin contient le départ, puis un point par pas\u202f: le nombre de pas vaut le nombre de points "
        "moins un. À la main\u202f: chaque pas multiplie x par 1 - 2α = 0,5, donc la pente vaut |f'(x_k)| = 4 × "
        "0,5^k\u202f; trouvez le premier entier k pour lequel elle passe sous 0,001.",
    "The path holds x0 and then one point per step, so the steps are its length minus one. Each step halves x "
    "(1 - 2 × 0.25 = 0.5), and the slope 4 × 0.5^k first drops below 0.001 at that step.":
        "Le chemin contient x0 puis un point par pas, donc le nombre de pas est sa longueur moins un. Chaque "
        "pas divise x par deux (1 - 2 × 0,25 = 0,5), et la pente 4 × 0,5^k passe pour la première fois sous "
        "0,001 à ce pas-là.",
    "an array of 2 numbers (p1, p2)":
        "un tableau de 2 nombres (p1, p2)",
    "`{name}` is a single number, but a point of the valley has two coordinates (p1, p2): give an array of 2 numbers.":
        "`{name}` est un seul nombre, mais un point de la vallée a deux coordonnées (p1, p2)\u202f: donnez un "
        "tableau de 2 nombres.",
    "`{name}` has the shape {shape}, a table of one row or one column. Give a flat array of 2 numbers, shape "
    "(2,), like the point (1, 1) it starts from (`.ravel()` flattens it).":
        "`{name}` a la forme {shape}, un tableau d'une seule ligne ou d'une seule colonne. Donnez un tableau "
        "plat de 2 nombres, de forme (2,), comme le point (1, 1) de départ (`.ravel()` l'aplatit).",
    "`{name}` should hold 2 numbers (p1, p2), but it is {size} numbers of shape {shape}.":
        "`{name}` doit contenir 2 nombres (p1, p2), mais il en contient {size}, de forme {shape}.",
    "`{name}` is the gradient at (1, 1), not the new point. Take the step: the point minus α times the gradient.":
        "`{name}` est le gradient en (1, 1), pas le nouveau point. Faites le pas\u202f: le point moins α fois "
        "le gradient.",
    "`{name}` moved uphill: the gradient points up the slope, so the step *subtracts* α times the gradient (you "
    "added it).":
        "`{name}` est monté\u202f: le gradient pointe vers le haut de la pente, donc le pas *soustrait* α fois "
        "le gradient (vous l'avez ajouté).",
    "`{name}` moved both coordinates by the same factor. The gradient is (p1, 10 p2): across the valley (p2) "
    "the slope is 10 times steeper, so the step in p2 is 10 times larger.":
        "`{name}` a déplacé les deux coordonnées du même facteur. Le gradient vaut (p1, 10 p2)\u202f: en "
        "travers de la vallée (p2), la pente est 10 fois plus raide, donc le pas en p2 est 10 fois plus grand.",
    "`{name}` moved both coordinates by the same factor, the 10 included. The gradient is (p1, 10 p2): only p2 "
    "is multiplied by 10.":
        "`{name}` a déplacé les deux coordonnées du même facteur, le 10 compris. Le gradient vaut (p1, 10 "
        "p2)\u202f: seul p2 est multiplié par 10.",
    "`{name}` is the point after *two* steps. Take only one step from (1, 1).":
        "`{name}` est le point après *deux* pas. Ne faites qu'un seul pas depuis (1, 1).",
    "`{name}` is the step itself (minus α times the gradient), not the new point. Add the step to the starting "
    "point (1, 1).":
        "`{name}` est le pas lui-même (moins α fois le gradient), pas le nouveau point. Ajoutez le pas au point "
        "de départ (1, 1).",
    "`{name}` is α times the gradient, not the new point. Subtract it from the starting point (1, 1).":
        "`{name}` est α fois le gradient, pas le nouveau point. Soustrayez-le du point de départ (1, 1).",
    "`{name}` forgot the learning rate: the step is α = 0.15 times the gradient, not the whole gradient.":
        "`{name}` oublie le taux d'apprentissage\u202f: le pas vaut α = 0,15 fois le gradient, pas le gradient "
        "entier.",
    "`{name}` uses twice the gradient. The gradient of (p1² + 10 p2²)/2 is (p1, 10 p2): the 1/2 cancels the 2 "
    "of the derivative.":
        "`{name}` utilise deux fois le gradient. Le gradient de (p1² + 10 p2²)/2 vaut (p1, 10 p2)\u202f: le 1/2 "
        "annule le 2 de la dérivée.",
    "`{name}` uses the learning rate 0.1. The task asks for α = 0.15.":
        "`{name}` utilise le taux d'apprentissage 0,1. L'énoncé demande α = 0,15.",
    "`{name}` has its two coordinates swapped: give (p1, p2) in this order.":
        "`{name}` a ses deux coordonnées inversées\u202f: donnez (p1, p2) dans cet ordre.",
    "`{name}` moved only p1. Both coordinates take a step: p2 as well.":
        "`{name}` n'a déplacé que p1. Les deux coordonnées font un pas\u202f: p2 aussi.",
    "`{name}` moved only p2. Both coordinates take a step: p1 as well.":
        "`{name}` n'a déplacé que p2. Les deux coordonnées font un pas\u202f: p1 aussi.",
    "`{name}`: the coordinate {coordinate} is not right yet (the other one is). Check the gradient in that "
    "direction and the step α × gradient.":
        "`{name}`\u202f: la coordonnée {coordinate} n'est pas encore juste (l'autre l'est). Vérifiez le "
        "gradient dans cette direction et le pas α × gradient.",
    "`{name}` is not the point after one step yet: neither coordinate is right. New point = (1, 1) minus α "
    "times the gradient at (1, 1).":
        "`{name}` n'est pas encore le point après un pas\u202f: aucune des deux coordonnées n'est juste. "
        "Nouveau point = (1, 1) moins α fois le gradient en (1, 1).",
    "p2 overshoots: it went from 1 to {p2}, past the valley floor (p2 = 0) to the other side, while p1 only "
    "went from 1 to {p1}, on the same side. Across the valley the slope is 10 times steeper, so the step "
    "multiplies p2 by 1 - 10α = {factor2} (below 0: it changes side) and p1 by 1 - α = {factor1}.":
        "p2 dépasse\u202f: il est passé de 1 à {p2}, au-delà du fond de la vallée (p2 = 0), de l'autre côté, "
        "tandis que p1 est seulement passé de 1 à {p1}, du même côté. En travers de la vallée la pente est 10 "
        "fois plus raide, donc le pas multiplie p2 par 1 - 10α = {factor2} (moins de 0\u202f: il change de "
        "côté) et p1 par 1 - α = {factor1}.",
    "one step in a narrow valley":
        "un pas dans une vallée étroite",
    "One step of gradient descent: new point = old point - α × gradient, with the gradient computed at the old point.":
        "Un pas de descente de gradient\u202f: nouveau point = ancien point - α × gradient, avec le gradient "
        "calculé à l'ancien point.",
    "At p = (1, 1) the gradient (p1, 10 p2) is (1, 10). Put the point and the gradient in NumPy arrays "
    "(`np.array([..., ...])`), then subtract α = 0.15 times the gradient from the point.":
        "En p = (1, 1), le gradient (p1, 10 p2) vaut (1, 10). Mettez le point et le gradient dans des tableaux "
        "NumPy (`np.array([..., ...])`), puis soustrayez du point α = 0,15 fois le gradient.",
    "p2 overshoots: it jumps from 1 to the other side of the valley floor (p2 = 0). Across the narrow valley "
    "the slope is 10 times steeper, so the same α gives p2 a 10 times larger step; p1 stays on its side.":
        "p2 dépasse\u202f: il saute de 1 à l'autre côté du fond de la vallée (p2 = 0). En travers de la vallée "
        "étroite, la pente est 10 fois plus raide, donc le même α donne à p2 un pas 10 fois plus grand\u202f; "
        "p1 reste de son côté.",
    "one number (a learning rate)":
        "un nombre (un taux d'apprentissage)",
    "`{name}` is the learning rate that makes the factor 1 - 5α equal to 0: it lands on the minimum in one "
    "step, the best step. Larger steps overshoot but still converge while the factor stays above -1: find where "
    "it reaches -1. (It is also the narrow valley's limit, whose curvature is 10; here it is 5.)":
        "`{name}` est le taux d'apprentissage qui rend le facteur 1 - 5α égal à 0\u202f: il atterrit sur le "
        "minimum en un seul pas, le meilleur pas. Des pas plus grands dépassent mais convergent encore tant que "
        "le facteur reste au-dessus de -1\u202f: cherchez où il atteint -1. (C'est aussi la limite de la vallée "
        "étroite, dont la courbure vaut 10\u202f; ici elle vaut 5.)",
    "`{name}` forgot the 5: the factor is 1 - 5α, not 1 - α.":
        "`{name}` oublie le 5\u202f: le facteur est 1 - 5α, pas 1 - α.",
    "`{name}` is the limit for f(x) = x² of section 3 (gradient 2x). Here the gradient is 5x, so the factor is "
    "1 - 5α.":
        "`{name}` est la limite pour f(x) = x² de la section 3 (gradient 2x). Ici le gradient vaut 5x, donc le "
        "facteur est 1 - 5α.",
    "`{name}` used 2.5, the number in f(x) = 2.5x². The step uses the gradient 5x, so the factor is 1 - 5α.":
        "`{name}` utilise 2,5, le nombre de f(x) = 2,5x². Le pas utilise le gradient 5x, donc le facteur est 1 - 5α.",
    "`{name}` looks like a percentage. Give the learning rate itself (do not multiply by 100).":
        "`{name}` ressemble à un pourcentage. Donnez le taux d'apprentissage lui-même (sans multiplier par 100).",
    "`{name}` looks upside down: check which side of the equation you divided.":
        "`{name}` semble inversé\u202f: vérifiez de quel côté de l'équation vous avez divisé.",
    "`{name}` = 0 solves 1 - 5α = 1. Divergence starts where the factor reaches -1, not +1.":
        "`{name}` = 0 résout 1 - 5α = 1. La divergence commence quand le facteur atteint -1, pas +1.",
    "`{name}` is negative, but a learning rate is positive: check the signs when you solve 1 - 5α = -1.":
        "`{name}` est négatif, or un taux d'apprentissage est positif\u202f: vérifiez les signes en résolvant 1 "
        "- 5α = -1.",
    "`{name}` is just below the limit (with it descent converges). Give the limit itself: the α where the "
    "factor is exactly -1.":
        "`{name}` est juste en dessous de la limite (avec lui, la descente converge). Donnez la limite "
        "elle-même\u202f: le α pour lequel le facteur vaut exactement -1.",
    "`{name}` is just above the limit (with it descent diverges). Give the limit itself: the α where the factor "
    "is exactly -1.":
        "`{name}` est juste au-dessus de la limite (avec lui, la descente diverge). Donnez la limite "
        "elle-même\u202f: le α pour lequel le facteur vaut exactement -1.",
    "`{name}` = {got}, but a learning rate is positive.":
        "`{name}` = {got}, or un taux d'apprentissage est positif.",
    "`{name}` = {got} is too small: the factor 1 - 5α is then {factor}, above -1, so descent still converges. "
    "The limit is where the factor reaches -1.":
        "`{name}` = {got} est trop petit\u202f: le facteur 1 - 5α vaut alors {factor}, au-dessus de -1, donc la "
        "descente converge encore. La limite est là où le facteur atteint -1.",
    "`{name}` = {got} is too large: the factor 1 - 5α is then {factor}, below -1, so descent already diverges. "
    "The limit is where the factor is exactly -1.":
        "`{name}` = {got} est trop grand\u202f: le facteur 1 - 5α vaut alors {factor}, en dessous de -1, donc "
        "la descente diverge déjà. La limite est là où le facteur vaut exactement -1.",
    "the largest safe learning rate":
        "le plus grand taux d'apprentissage sûr",
    "Each step multiplies x by the factor 1 - 5α. Descent diverges once this factor falls below -1: each step "
    "then lands farther from the minimum, on the other side, than the point it started from.":
        "Chaque pas multiplie x par le facteur 1 - 5α. La descente diverge dès que ce facteur passe sous "
        "-1\u202f: chaque pas atterrit alors plus loin du minimum, de l'autre côté, que le point de départ.",
    "Set the factor equal to -1 and solve for α: 1 - 5α = -1.":
        "Posez le facteur égal à -1 et résolvez en α\u202f: 1 - 5α = -1.",
    "At α = lr_max the factor 1 - 5α is exactly -1: x flips sign at every step without shrinking. Below it "
    "descent converges, above it diverges: the limit is 2 divided by the curvature (here 5, the number in the "
    "gradient 5x), as for the narrow valley's 2/10 in section 5.":
        "Pour α = lr_max, le facteur 1 - 5α vaut exactement -1\u202f: x change de signe à chaque pas sans "
        "diminuer. En dessous, la descente converge\u202f; au-dessus, elle diverge\u202f: la limite vaut 2 "
        "divisé par la courbure (ici 5, le nombre du gradient 5x), comme le 2/10 de la vallée étroite à la "
        "section 5.",
}
