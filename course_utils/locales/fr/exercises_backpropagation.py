"""French of the exercises of notebook 05, rétropropagation (``course_utils/exercises/backpropagation.py``)."""

MESSAGES: dict[str, str] = {
    # ---- exercise 1: two paths by hand
    "two paths by hand": "deux chemins à la main",
    "x reaches f along two paths, one through y₁ = 3x and one through y₂ = x². Along each path, multiply the "
    "local derivatives; then add the two products.":
        "x atteint f par deux chemins, l'un passant par y₁ = 3x, l'autre par y₂ = x². Le long de chaque chemin, "
        "multipliez les dérivées locales, puis additionnez les deux produits.",
    "First compute y₁ and y₂ at x = 2. Path 1: ∂f/∂y₁ = y₂ (since f = y₁ · y₂) times ∂y₁/∂x = 3. Path 2: "
    "∂f/∂y₂ = y₁ times ∂y₂/∂x = 2x. To check your result, expand f = 3x³ and differentiate it.":
        "Calculez d'abord y₁ et y₂ en x = 2. Chemin 1\u202f: ∂f/∂y₁ = y₂ (puisque f = y₁ · y₂), multiplié par "
        "∂y₁/∂x = 3. Chemin 2\u202f: ∂f/∂y₂ = y₁, multiplié par ∂y₂/∂x = 2x. Pour vérifier votre résultat, développez "
        "f = 3x³ et dérivez-la.",
    "Path 1 (through y₁) gives y₂ · 3 = 12, path 2 (through y₂) gives y₁ · 2x = 24, and their sum is the slope. "
    "Check: f = 3x³, so f'(x) = 9x² gives the same value at x = 2.":
        "Le chemin 1 (par y₁) donne y₂ · 3 = 12, le chemin 2 (par y₂) donne y₁ · 2x = 24, et leur somme est la pente. "
        "Vérification\u202f: f = 3x³, donc f'(x) = 9x² donne la même valeur en x = 2.",
    "`df_dx` is a `Value` of the engine, not a number. Store the number itself: the `.grad` of x after "
    "`backward()`, or the `.data` of a Value you computed the derivative with.":
        "`df_dx` est un `Value` du moteur, pas un nombre. Rangez-y le nombre lui-même\u202f: le `.grad` de x après "
        "`backward()`, ou le `.data` du `Value` avec lequel vous avez calculé la dérivée.",
    "`df_dx` equals f itself at x = 2 (y₁ · y₂), not its slope. The same number also comes from the path through "
    "y₂ alone, or from both paths with ∂y₂/∂x = x instead of 2x. Multiply the local derivatives along each path, "
    "then add both products.":
        "`df_dx` vaut f elle-même en x = 2 (y₁ · y₂), et non sa pente. On obtient aussi ce nombre avec le seul chemin "
        "passant par y₂, ou avec les deux chemins en prenant ∂y₂/∂x = x au lieu de 2x. Multipliez les dérivées "
        "locales le long de chaque chemin, puis additionnez les deux produits.",
    "`df_dx` holds only the path through y₁ = 3x (∂f/∂y₁ · ∂y₁/∂x). Add the path through y₂ = x²: x reaches f "
    "along both.":
        "`df_dx` ne contient que le chemin passant par y₁ = 3x (∂f/∂y₁ · ∂y₁/∂x). Ajoutez le chemin passant par "
        "y₂ = x²\u202f: x atteint f par les deux.",
    "`df_dx` multiplies the two paths. Contributions of several paths **add up**: sum them.":
        "`df_dx` multiplie les deux chemins. Les contributions de plusieurs chemins **s'additionnent**\u202f: "
        "faites-en la somme.",
    "`df_dx` uses ∂y₁/∂x = 3x: that is y₁ itself. The slope of y₁ = 3x is the number 3.":
        "`df_dx` utilise ∂y₁/∂x = 3x\u202f: c'est y₁ lui-même. La pente de y₁ = 3x est le nombre 3.",
    "`df_dx` adds the local slopes of y₁ and y₂ but forgets to multiply each one by ∂f/∂y₁ = y₂ and ∂f/∂y₂ = y₁: "
    "along a path, the local derivatives are multiplied.":
        "`df_dx` additionne les pentes locales de y₁ et de y₂, en oubliant de multiplier chacune par ∂f/∂y₁ = y₂ et "
        "∂f/∂y₂ = y₁\u202f: le long d'un chemin, les dérivées locales se multiplient.",
    "`df_dx` has the wrong sign: every factor on both paths is positive at x = 2.":
        "`df_dx` a le mauvais signe\u202f: en x = 2, tous les facteurs des deux chemins sont positifs.",
    "`df_dx` is twice too large: did you count one of the paths twice, or multiply by 2 once too often?":
        "`df_dx` est deux fois trop grand\u202f: avez-vous compté un des chemins deux fois, ou multiplié une fois de "
        "trop par 2\u202f?",
    "`df_dx` is half the slope: did you divide by 2 somewhere? Along a path the local derivatives are multiplied, "
    "and the two paths are added.":
        "`df_dx` vaut la moitié de la pente\u202f: avez-vous divisé par 2 quelque part\u202f? Le long d'un chemin, les "
        "dérivées locales se multiplient, et les deux chemins s'additionnent.",
    "`df_dx` is the slope at x = {other}, not at x = 2. Put x = 2 in every factor.":
        "`df_dx` est la pente en x = {other}, pas en x = 2. Remplacez x par 2 dans chaque facteur.",
    "`df_dx` looks like x³ at x = 2: compute the slope of f = y₁ · y₂ with the chain rule instead.":
        "`df_dx` ressemble à x³ en x = 2\u202f: calculez plutôt la pente de f = y₁ · y₂ avec la règle de dérivation "
        "en chaîne.",
    "`df_dx` = {got} is not the slope of f at x = 2 yet. Write the two paths from x to f, multiply the local "
    "derivatives along each, and add the two products.":
        "`df_dx` = {got} n'est pas encore la pente de f en x = 2. Écrivez les deux chemins qui vont de x à f, "
        "multipliez les dérivées locales le long de chacun, puis additionnez les deux produits.",

    # ---- exercise 2: a batch gradient is the mean of the patients' gradients
    "a batch gradient is the mean of the patients' gradients":
        "le gradient d'un lot est la moyenne des gradients des patients",
    "an array of shape (16, 1)": "un tableau de forme (16, 1)",
    "Treat each patient as a batch of one: run `forward_pass` and then `backward_pass` with `params_check` on "
    "`X_train[i:i + 1]` and `y_train[i:i + 1]`, and keep the `\"W2\"` entry of the result.":
        "Traitez chaque patient comme un lot à lui seul\u202f: lancez `forward_pass` puis `backward_pass` avec "
        "`params_check` sur `X_train[i:i + 1]` et `y_train[i:i + 1]`, et gardez l'entrée `\"W2\"` du résultat.",
    "Do it in a loop over the first 8 patients and collect the 8 arrays of shape (16, 1) in a list. Then average "
    "them over the patients with `np.mean(your_list, axis=0)`: axis 0 runs over the list, so the result keeps the "
    "shape (16, 1).":
        "Faites-le dans une boucle sur les 8 premiers patients et rassemblez les 8 tableaux de forme (16, 1) dans une "
        "liste. Faites-en ensuite la moyenne sur les patients avec `np.mean(votre_liste, axis=0)`\u202f: l'axe 0 "
        "parcourt la liste, et le résultat garde donc la forme (16, 1).",
    "Each one-patient backward pass gives that patient's slope for every weight of W2; their mean is exactly the "
    "gradient of the batch of 8, because the loss of a batch is the mean of the patients' losses.":
        "Chaque passe arrière sur un seul patient donne, pour ce patient, la pente de chaque poids de W2\u202f; leur "
        "moyenne est exactement le gradient du lot de 8, car la fonction de perte d'un lot est la moyenne des pertes "
        "des patients.",
    "Your average equals the gradient of one backward pass on these {count} patients as a batch (largest "
    "difference {difference}): a batch gradient is the mean of the patients' gradients.":
        "Votre moyenne est égale au gradient d'une seule passe arrière sur ces {count} patients pris comme un lot "
        "(plus grand écart\u202f: {difference})\u202f: le gradient d'un lot est la moyenne des gradients des patients.",
    "`{name}` is the **sum** of the {count} gradients, {count} times too large. Take their mean: divide the sum by "
    "{count}, or use `np.mean(..., axis=0)`.":
        "`{name}` est la **somme** des {count} gradients, {count} fois trop grande. Prenez leur moyenne\u202f: divisez "
        "la somme par {count}, ou utilisez `np.mean(..., axis=0)`.",
    "`{name}` is {count} times too small. `backward_pass` already averages over the patients of its batch (the 1/n "
    "in δ₂): divide the sum of the {count} one-patient gradients by {count} only once.":
        "`{name}` est {count} fois trop petit. `backward_pass` fait déjà la moyenne sur les patients de son lot (le "
        "1/n de δ₂)\u202f: divisez la somme des {count} gradients individuels par {count} une seule fois.",
    "`{name}` has the wrong sign: use the gradients as `backward_pass` returns them.":
        "`{name}` a le mauvais signe\u202f: prenez les gradients tels que `backward_pass` les renvoie.",
    "`{name}` is the gradient of one patient only (patient {k}). Compute the gradient of each of the first {count} "
    "training patients, keep all {count}, then average them.":
        "`{name}` est le gradient d'un seul patient (le patient {k}). Calculez le gradient de chacun des {count} "
        "premiers patients du jeu d'entraînement, gardez-les tous les {count}, puis faites-en la moyenne.",
    "`{name}` averages only {fewer} patients (an off-by-one): `range({count})` gives the patients 0 to {fewer}.":
        "`{name}` ne fait la moyenne que de {fewer} patients (une erreur d'une unité)\u202f: `range({count})` donne "
        "les patients 0 à {fewer}.",
    "`{name}` averages the patients 1 to {count}: Python counts from 0, so the first {count} patients are 0 to "
    "{last}.":
        "`{name}` fait la moyenne des patients 1 à {count}\u202f: Python numérote à partir de 0, donc les {count} "
        "premiers patients sont les patients 0 à {last}.",
    "`{name}` averages {more} patients: take the first {count} only.":
        "`{name}` fait la moyenne de {more} patients\u202f: prenez seulement les {count} premiers.",
    "`{name}` holds the weights `W2` themselves, not their gradient: take the `\"W2\"` entry of what "
    "`backward_pass` returns.":
        "`{name}` contient les poids `W2` eux-mêmes, pas leur gradient\u202f: prenez l'entrée `\"W2\"` de ce que "
        "renvoie `backward_pass`.",
    "`{name}` is the gradient of the batch of 64 patients of the PyTorch check. Use the first {count} training "
    "patients.":
        "`{name}` est le gradient du lot de 64 patients de la vérification avec PyTorch. Prenez les {count} premiers "
        "patients du jeu d'entraînement.",
    "`{name}` is the gradient over all the training patients. Use the first {count} only.":
        "`{name}` est le gradient sur tous les patients du jeu d'entraînement. Prenez seulement les {count} premiers.",
    "`{name}` uses `trained_params`, the network trained above. Use `params_check`, as the task says.":
        "`{name}` utilise `trained_params`, le réseau entraîné plus haut. Prenez `params_check`, comme le demande "
        "l'énoncé.",
    "`{name}` has the right shape but not the right values yet. It should be the mean of {count} one-patient "
    "gradients of W2, each from `forward_pass` and `backward_pass` with `params_check` on one of the first {count} "
    "training patients.":
        "`{name}` a la bonne forme, mais pas encore les bonnes valeurs. Ce doit être la moyenne de {count} gradients "
        "de W2, chacun calculé pour un seul patient avec `forward_pass` et `backward_pass` et les paramètres "
        "`params_check`, sur l'un des {count} premiers patients du jeu d'entraînement.",
    "`{name}` has the shape {shape} of `{key}`: it is the average gradient of `{key}`. Take the `\"W2\"` entry of "
    "what `backward_pass` returns.":
        "`{name}` a la forme {shape} de `{key}`\u202f: c'est le gradient moyen de `{key}`. Prenez l'entrée `\"W2\"` de "
        "ce que renvoie `backward_pass`.",
    "`{name}` holds the {count} gradients side by side (shape {shape}). Average them over the patients, the first "
    "axis: `np.mean(..., axis=0)`.":
        "`{name}` contient les {count} gradients côte à côte (forme {shape}). Faites-en la moyenne sur les patients, "
        "c'est-à-dire sur le premier axe\u202f: `np.mean(..., axis=0)`.",
    "`{name}` is a single number: you averaged all the values together. Average over the patients only "
    "(`axis=0`), so that the result keeps the shape {shape} of W2.":
        "`{name}` est un seul nombre\u202f: vous avez fait la moyenne de toutes les valeurs ensemble. Faites la "
        "moyenne sur les patients seulement (`axis=0`), pour que le résultat garde la forme {shape} de W2.",
    "`{name}` has shape {shape}: one row per patient, so the mean was taken along the wrong axis. Average over the "
    "patients, the first axis of the list (`axis=0`).":
        "`{name}` a la forme {shape}\u202f: une ligne par patient, donc la moyenne a été prise sur le mauvais axe. "
        "Faites la moyenne sur les patients, le premier axe de la liste (`axis=0`).",
    "`{name}` should have shape {expected} like W2, but it has shape {shape}: rows and columns are swapped. Keep "
    "each gradient as `backward_pass` returns it (or transpose with `.T`).":
        "`{name}` devrait avoir la forme {expected}, comme W2, mais il a la forme {shape}\u202f: lignes et colonnes "
        "sont inversées. Gardez chaque gradient tel que `backward_pass` le renvoie (ou transposez avec `.T`).",

    # ---- exercise 3: teach the engine a new operation (leaky ReLU)
    "teach the engine a new operation": "apprendre une nouvelle opération au moteur",
    "a function that takes a `Value` and returns a new `Value`":
        "une fonction qui prend un `Value` et renvoie un nouveau `Value`",
    "Start from `_relu` in section 4.2 and change two things: the forward value for a ≤ 0 (the task's small slope "
    "times a, instead of 0) and the local slope in the backward rule (the small slope, instead of 0). Inside your "
    "function the input is called `v`, not `self`.":
        "Partez de `_relu` (section 4.2) et changez deux choses\u202f: la valeur de la passe avant pour a ≤ 0 (la "
        "petite pente de l'énoncé multipliée par a, au lieu de 0) et la pente locale dans la règle de la passe "
        "arrière (la petite pente, au lieu de 0). Dans votre fonction, l'entrée s'appelle `v`, et non `self`.",
    "Three steps. (1) Create the new `Value`: its number is chosen with `v.data > 0`, its children are `(v,)`, its "
    "label is any text. (2) Write a small function `_backward()` with no argument that adds (local slope) × "
    "`out.grad` to `v.grad`, with `+=`. (3) Store that function in the new Value's `_backward` attribute, and "
    "return the new Value.":
        "Trois étapes. (1) Créez le nouveau `Value`\u202f: son nombre se choisit selon `v.data > 0`, ses enfants sont "
        "`(v,)`, son étiquette est un texte quelconque. (2) Écrivez une petite fonction `_backward()`, sans argument, "
        "qui ajoute (pente locale) × `out.grad` à `v.grad`, avec `+=`. (3) Rangez cette fonction dans l'attribut "
        "`_backward` du nouveau `Value`, puis renvoyez ce nouveau `Value`.",
    "The forward value and the local slope are chosen by the sign of the input. Adding with `+=` lets a value used "
    "in several places collect the gradient of every path, and the child `(v,)` is what lets `backward()` reach "
    "`v`.":
        "La valeur de la passe avant et la pente locale se choisissent selon le signe de l'entrée. Ajouter avec `+=` "
        "permet à une valeur utilisée à plusieurs endroits de recueillir le gradient de chaque chemin, et c'est "
        "l'enfant `(v,)` qui permet à `backward()` d'atteindre `v`.",
    "`{name}` still holds `____` somewhere: replace it with your code.":
        "`{name}` contient encore `____` quelque part\u202f: remplacez-le par votre code.",
    "`{name}` stopped with an error {where} ({kind}: {text}).":
        "`{name}` a déclenché une erreur {where} ({kind}\u202f: «\u202f{text}\u202f»).",
    "A `Value` cannot be compared with a number: compare the number it holds, `v.data`.":
        "Un `Value` ne se compare pas à un nombre\u202f: comparez le nombre qu'il contient, `v.data`.",
    "The first argument of `Value(...)` is a plain number (the forward value), not a `Value`: compute it from "
    "`v.data`.":
        "Le premier argument de `Value(...)` est un simple nombre (la valeur de la passe avant), pas un "
        "`Value`\u202f: calculez-le à partir de `v.data`.",
    "The children of a new `Value` are a tuple: write `(v,)`, with the comma.":
        "Les enfants d'un nouveau `Value` forment un tuple\u202f: écrivez `(v,)`, avec la virgule.",
    "Inside your function the input is called `v` (not `self` as in `_relu`), and the result is the new `Value` "
    "you create.":
        "Dans votre fonction, l'entrée s'appelle `v` (et non `self` comme dans `_relu`), et le résultat est le "
        "nouveau `Value` que vous créez.",
    "A `Value` holds its number in `.data` and its gradient in `.grad`.":
        "Un `Value` garde son nombre dans `.data` et son gradient dans `.grad`.",
    "on `Value({x})`": "pour `Value({x})`",
    "during `backward()`, in your `_backward`": "pendant `backward()`, dans votre `_backward`",
    "`{name}` returns a `Value` of another engine ({module}): create the result with the notebook's `Value` of "
    "section 4, so that it joins the same graph as `v`.":
        "`{name}` renvoie un `Value` d'un autre moteur ({module})\u202f: créez le résultat avec le `Value` du notebook "
        "(section 4), pour qu'il rejoigne le même graphe que `v`.",
    "`{name}(Value({x}))` returns {received}, not a `Value`. A plain number has no gradient and no link to `v`: "
    "wrap the forward value in `Value(...)`, with `v` as its child.":
        "`{name}(Value({x}))` renvoie {received}, au lieu d'un `Value`. Un simple nombre n'a ni gradient ni lien "
        "avec `v`\u202f: enveloppez la valeur de la passe avant dans `Value(...)`, avec `v` pour enfant.",
    "`{name}(Value({x}))` returns {received}, not a `Value`: the function must return the new `Value` it creates.":
        "`{name}(Value({x}))` renvoie {received}, au lieu d'un `Value`\u202f: la fonction doit renvoyer le nouveau "
        "`Value` qu'elle crée.",
    "`{name}` changed its input `v` (its `.data` is no longer {x}). Leave `v` as it is and return a new `Value` "
    "computed from it.":
        "`{name}` a modifié son entrée `v` (son `.data` ne vaut plus {x}). Laissez `v` tel quel et renvoyez un "
        "nouveau `Value` calculé à partir de lui.",
    "The `Value` that `{name}` returns does not have `v` among its children, so `backward()` can never reach `v` "
    "and its gradient stays 0. Give `(v,)` as the children when you create the new `Value`.":
        "le `Value` que renvoie `{name}` n'a pas `v` parmi ses enfants\u202f: `backward()` ne peut donc jamais "
        "atteindre `v`, et son gradient reste à 0. Donnez `(v,)` comme enfants quand vous créez le nouveau `Value`.",
    "`{name}` still holds `____` in its forward value: replace it with your code.":
        "`{name}` contient encore `____` dans sa valeur de passe avant\u202f: remplacez-le par votre code.",
    "the `.data` of {name}(Value({x}))": "le `.data` de {name}(Value({x}))",
    "`{name}` still holds `____` in its `_backward`: replace it with your code.":
        "`{name}` contient encore `____` dans son `_backward`\u202f: remplacez-le par votre code.",
    "After `backward()`, `v.grad` holds a `Value`, not a number. In `_backward`, use plain numbers: `v.data` and "
    "`out.grad`.":
        "Après `backward()`, `v.grad` contient un `Value`, pas un nombre. Dans `_backward`, utilisez de simples "
        "nombres\u202f: `v.data` et `out.grad`.",
    "`v.grad` after backward()": "`v.grad` après backward()",
    "`{name}(Value({x})).data` is {got}": "`{name}(Value({x})).data` vaut {got}",
    "{where}: a positive input is multiplied by the small slope. For a > 0 leaky ReLU gives a unchanged; the small "
    "slope is for a ≤ 0 (is your condition reversed?).":
        "{where}\u202f: une entrée positive est multipliée par la petite pente. Pour a > 0, leaky ReLU renvoie a "
        "inchangé\u202f; la petite pente est réservée à a ≤ 0 (votre condition serait-elle inversée\u202f?).",
    "{where}: for a positive input leaky ReLU gives the input unchanged.":
        "{where}\u202f: pour une entrée positive, leaky ReLU renvoie l'entrée inchangée.",
    "{where}, but for a positive input leaky ReLU gives the input unchanged.":
        "{where}, alors que pour une entrée positive, leaky ReLU renvoie l'entrée inchangée.",
    "{where}, but for an input of 0 leaky ReLU gives 0.":
        "{where}, alors que pour une entrée nulle, leaky ReLU renvoie 0.",
    "{where}: negative inputs give 0, as in a plain ReLU. Leaky ReLU lets a small part through: the task's slope "
    "times a.":
        "{where}\u202f: les entrées négatives donnent 0, comme avec une ReLU simple. Leaky ReLU en laisse passer une "
        "petite part\u202f: la pente de l'énoncé multipliée par a.",
    "{where}: a negative input comes out unchanged. For a ≤ 0 leaky ReLU multiplies it by the task's small slope.":
        "{where}\u202f: une entrée négative ressort inchangée. Pour a ≤ 0, leaky ReLU la multiplie par la petite "
        "pente de l'énoncé.",
    "{where}: that is a slope of {slope} for negative inputs, the lecture slides' value. The course uses the slope "
    "the task gives, PyTorch's default.":
        "{where}\u202f: c'est une pente de {slope} pour les entrées négatives, la valeur des diapositives du cours. Le "
        "cours utilise la pente donnée par l'énoncé, celle de PyTorch par défaut.",
    "{where}: the sign is flipped. For a ≤ 0 leaky ReLU is the small slope times a, a negative number.":
        "{where}\u202f: le signe est inversé. Pour a ≤ 0, leaky ReLU vaut la petite pente multipliée par a, un nombre "
        "négatif.",
    "{where}: a negative input became positive. For a ≤ 0 leaky ReLU keeps the sign of a.":
        "{where}\u202f: une entrée négative est devenue positive. Pour a ≤ 0, leaky ReLU garde le signe de a.",
    "{where}, but for a negative input leaky ReLU is the task's small slope times the input.":
        "{where}, alors que pour une entrée négative, leaky ReLU vaut la petite pente de l'énoncé multipliée par "
        "l'entrée.",
    "With `v = Value(-2.0)` and `out = {name}(v)`, `(out * 3).backward()`":
        "avec `v = Value(-2.0)` et `out = {name}(v)`, `(out * 3).backward()`",
    "With `v = Value(2.0)` and `out = {name}(v)`, `(out * 3).backward()`":
        "avec `v = Value(2.0)` et `out = {name}(v)`, `(out * 3).backward()`",
    "`backward()` leaves `v.grad` at 0 for every input: the new `Value` has no rule that passes the gradient on. "
    "Define a `_backward` function that adds the local slope times `out.grad` to `v.grad`, and attach it to the "
    "new `Value` (its `_backward` attribute).":
        "`backward()` laisse `v.grad` à 0 quelle que soit l'entrée\u202f: le nouveau `Value` n'a aucune règle pour "
        "transmettre le gradient. Définissez une fonction `_backward` qui ajoute à `v.grad` la pente locale "
        "multipliée par `out.grad`, et rattachez-la au nouveau `Value` (son attribut `_backward`).",
    "{setup} gives `v.grad` = {grad}: the gradient arriving from above is lost. In `_backward`, multiply the local "
    "slope by `out.grad` before adding it to `v.grad`.":
        "{setup} donne `v.grad` = {grad}\u202f: le gradient qui arrive d'en haut est perdu. Dans `_backward`, "
        "multipliez la pente locale par `out.grad` avant de l'ajouter à `v.grad`.",
    "{setup} gives `v.grad` = {grad}: the two slopes are swapped. The slope is 1 for a > 0 and the small slope for "
    "a ≤ 0.":
        "{setup} donne `v.grad` = {grad}\u202f: les deux pentes sont inversées. La pente vaut 1 pour a > 0, et la "
        "petite pente pour a ≤ 0.",
    "{setup} gives `v.grad` = {grad}: for a positive input the local slope of leaky ReLU is 1, times `out.grad`, "
    "added to `v.grad`.":
        "{setup} donne `v.grad` = {grad}\u202f: pour une entrée positive, la pente locale de leaky ReLU vaut 1, "
        "multipliée par `out.grad`, puis ajoutée à `v.grad`.",
    "{setup} gives `v.grad` = {grad}: that is a slope of 1 for a negative input. For a ≤ 0 the local slope of "
    "leaky ReLU is the task's small slope.":
        "{setup} donne `v.grad` = {grad}\u202f: c'est une pente de 1 pour une entrée négative. Pour a ≤ 0, la pente "
        "locale de leaky ReLU est la petite pente de l'énoncé.",
    "{setup} gives `v.grad` = 0: a slope of 0 for negative inputs, as in a plain ReLU. Leaky ReLU's slope for "
    "a ≤ 0 is the task's small slope, so a little gradient still flows.":
        "{setup} donne `v.grad` = 0\u202f: une pente de 0 pour les entrées négatives, comme avec une ReLU simple. Pour "
        "a ≤ 0, la pente de leaky ReLU est la petite pente de l'énoncé, si bien qu'un peu de gradient passe encore.",
    "{setup} gives `v.grad` = {grad}: the gradient arriving from above is lost. In `_backward`, multiply the local "
    "slope by `out.grad`.":
        "{setup} donne `v.grad` = {grad}\u202f: le gradient qui arrive d'en haut est perdu. Dans `_backward`, "
        "multipliez la pente locale par `out.grad`.",
    "{setup} gives `v.grad` = {grad}: a slope of {slope}, the lecture slides' value. Use the slope the task gives, "
    "PyTorch's default.":
        "{setup} donne `v.grad` = {grad}\u202f: une pente de {slope}, la valeur des diapositives du cours. Prenez la "
        "pente donnée par l'énoncé, celle de PyTorch par défaut.",
    "{setup} gives `v.grad` = {grad}: the sign is flipped. The slope of leaky ReLU is positive everywhere.":
        "{setup} donne `v.grad` = {grad}\u202f: le signe est inversé. La pente de leaky ReLU est positive partout.",
    "{setup} gives `v.grad` = {grad}: the local slope is not the input's value; it is 1 or the small slope.":
        "{setup} donne `v.grad` = {grad}\u202f: la pente locale n'est pas la valeur de l'entrée\u202f; elle vaut 1 ou "
        "la petite pente.",
    "{setup} gives `v.grad` = {grad}: for a negative input the local slope is the task's small slope, times "
    "`out.grad`, added to `v.grad`.":
        "{setup} donne `v.grad` = {grad}\u202f: pour une entrée négative, la pente locale est la petite pente de "
        "l'énoncé, multipliée par `out.grad`, puis ajoutée à `v.grad`.",
    "With `v = Value({x})` used twice, `({name}(v) + {name}(v)).backward()` gives `v.grad` = {grad}":
        "avec `v = Value({x})` utilisé deux fois, `({name}(v) + {name}(v)).backward()` donne `v.grad` = {grad}",
    "{message}: only one use counted. Each use must **add** its contribution: `v.grad += ...`, not "
    "`v.grad = ...` (the sum over paths).":
        "{message}\u202f: une seule utilisation a compté. Chaque utilisation doit **ajouter** sa contribution\u202f: "
        "`v.grad += ...`, et non `v.grad = ...` (la somme sur les chemins).",
    "{message}: each use should add its local slope times `out.grad` to `v.grad`.":
        "{message}\u202f: chaque utilisation doit ajouter à `v.grad` sa pente locale multipliée par `out.grad`.",
}
