"""French of the exercises of notebook 08, les réseaux récurrents (``course_utils/exercises/rnn.py``)."""

MESSAGES: dict[str, str] = {
    # ---- exercise 1: two steps of an RNN by hand
    "two steps of an RNN by hand": "deux étapes d'un RNN à la main",
    "a NumPy array of 2 numbers (one per hidden unit)": "un tableau NumPy de 2 nombres (un par unité cachée)",
    "Apply the same cell twice: first to x_1 = 1 with h_0 = 0 (this gives h1), then to x_2 = 0.5 with h1.":
        "Appliquez deux fois la même cellule\u202f: d'abord à x_1 = 1 avec h_0 = 0 (cela donne h1), puis à x_2 = 0,5 "
        "avec h1.",
    "One step is tanh(W_xh x_t + W_hh h_(t-1) + b). `W_xh_ex` is a column (2 x 1): `W_xh_ex[:, 0]` times the number "
    "x_t gives a vector of 2; `W_hh_ex @ h` is the matrix product with the previous state; `np.tanh` applies tanh to "
    "each value.":
        "Une étape calcule tanh(W_xh x_t + W_hh h_(t-1) + b). `W_xh_ex` est une colonne (2 x 1)\u202f: `W_xh_ex[:, 0]` "
        "multiplié par le nombre x_t donne un vecteur de 2\u202f; `W_hh_ex @ h` est le produit matriciel avec l'état "
        "précédent\u202f; `np.tanh` applique tanh à chaque valeur.",
    "The second step reads the new input and the memory h1 with the same weights: h2 depends on both inputs. "
    "`rnn_forward(np.array([[1.0], [0.5]]), W_xh_ex, W_hh_ex, b_ex, np.zeros(2))[-1]` gives the same.":
        "La seconde étape lit la nouvelle entrée et la mémoire h1 avec les mêmes poids\u202f: h2 dépend des deux "
        "entrées. `rnn_forward(np.array([[1.0], [0.5]]), W_xh_ex, W_hh_ex, b_ex, np.zeros(2))[-1]` donne le même "
        "résultat.",
    "`h2_ex` holds two hidden states, one per row (h1, then h2). Keep only the last one, h2.":
        "`h2_ex` contient deux états cachés, un par ligne (h1, puis h2). Ne gardez que le dernier, h2.",
    "`W_xh_ex` is a column (2 x 1): added to a vector of 2, it spreads into a table; so does `*` between a matrix "
    "and a vector. Use the column as a vector of 2 (`W_xh_ex[:, 0]`) and `@` for the matrix product.":
        "`W_xh_ex` est une colonne (2 x 1)\u202f: ajoutée à un vecteur de 2, elle s'étend en tableau 2 x 2\u202f; `*` "
        "entre une matrice et un vecteur fait de même. Prenez la colonne comme un vecteur de 2 (`W_xh_ex[:, 0]`), et "
        "`@` pour le produit matriciel.",
    "`h2_ex` should hold 2 numbers (one per hidden unit), but it is a 2 x 2 table. {spread}":
        "`h2_ex` doit contenir 2 nombres (un par unité cachée), or c'est un tableau 2 x 2. {spread}",
    "`h2_ex` should hold 2 numbers (one per hidden unit), but it is a 2 x 2 table. If its rows are the states h1 "
    "and h2, keep only the last row (and check it: it is not h2 yet). Otherwise: {spread}":
        "`h2_ex` doit contenir 2 nombres (un par unité cachée), or c'est un tableau 2 x 2. Si ses lignes sont les "
        "états h1 et h2, ne gardez que la dernière (et vérifiez-la\u202f: ce n'est pas encore h2). Sinon\u202f: "
        "{spread}",
    "`h2_ex` is h1, the state after the first input only. Apply the cell a second time, to x_2 = 0.5 and h1.":
        "`h2_ex` est h1, l'état après la première entrée seulement. Appliquez la cellule une seconde fois, à "
        "x_2 = 0,5 et h1.",
    "`h2_ex` forgets the memory: the second step must use h1 (through `W_hh_ex`), not a state of zeros. That is the "
    "recurrence.":
        "`h2_ex` oublie la mémoire\u202f: la seconde étape doit utiliser h1 (via `W_hh_ex`), et non un état nul. C'est "
        "cela, la récurrence.",
    "`h2_ex` has no tanh: apply `np.tanh` at each of the two steps.":
        "`h2_ex` n'a pas de tanh\u202f: appliquez `np.tanh` à chacune des deux étapes.",
    "`h2_ex` applies tanh only at the end: h1 also goes through tanh before it enters the second step.":
        "`h2_ex` n'applique tanh qu'à la fin\u202f: h1 passe lui aussi par tanh avant d'entrer dans la seconde étape.",
    "`h2_ex` misses the tanh of the second step: apply `np.tanh` to the whole sum.":
        "`h2_ex` oublie le tanh de la seconde étape\u202f: appliquez `np.tanh` à toute la somme.",
    "`h2_ex` leaves out the bias `b_ex`: add it at each step.":
        "`h2_ex` oublie le biais `b_ex`\u202f: ajoutez-le à chaque étape.",
    "`h2_ex` adds the bias twice per step. This tiny RNN has one bias only, `b_ex` (PyTorch's two biases are summed "
    "into it).":
        "`h2_ex` ajoute le biais deux fois par étape. Ce petit RNN n'a qu'un seul biais, `b_ex` (les deux biais de "
        "PyTorch y sont additionnés).",
    "`h2_ex` uses `W_hh_ex` transposed (`h @ W_hh_ex` or `W_hh_ex.T @ h`). Write the matrix first: `W_hh_ex @ h`.":
        "`h2_ex` utilise `W_hh_ex` transposée (`h @ W_hh_ex` ou `W_hh_ex.T @ h`). Écrivez la matrice en "
        "premier\u202f: `W_hh_ex @ h`.",
    "`h2_ex` reads the inputs in the wrong order: x_1 = 1 comes first, then x_2 = 0.5.":
        "`h2_ex` lit les entrées dans le mauvais ordre\u202f: x_1 = 1 vient d'abord, puis x_2 = 0,5.",
    "`h2_ex` reads x = 1 twice: the second input is x_2 = 0.5.":
        "`h2_ex` lit deux fois x = 1\u202f: la seconde entrée est x_2 = 0,5.",
    "`h2_ex` reads x = 0.5 twice: the first input is x_1 = 1.":
        "`h2_ex` lit deux fois x = 0,5\u202f: la première entrée est x_1 = 1.",
    "`h2_ex` is one step too far (h3): stop after the second input.":
        "`h2_ex` va une étape trop loin (h3)\u202f: arrêtez-vous après la seconde entrée.",
    "`h2_ex` uses the sigmoid: this RNN uses tanh (`np.tanh`).":
        "`h2_ex` utilise la sigmoïde\u202f: ce RNN utilise tanh (`np.tanh`).",
    "`h2_ex` uses ReLU: this RNN uses tanh (`np.tanh`).":
        "`h2_ex` utilise ReLU\u202f: ce RNN utilise tanh (`np.tanh`).",
    "`h2_ex` has the wrong sign: check the signs of the weights.":
        "`h2_ex` a le mauvais signe\u202f: vérifiez les signes des poids.",
    "`h2_ex` is rounded too much: keep at least 2 decimals (better, do not round).":
        "`h2_ex` est trop arrondi\u202f: gardez au moins 2 décimales (mieux encore, n'arrondissez pas).",
    "`h2_ex` is not h2 yet. Apply h_t = tanh(W_xh x_t + W_hh h_(t-1) + b) twice, starting from h_0 = 0.":
        "`h2_ex` n'est pas encore h2. Appliquez deux fois h_t = tanh(W_xh x_t + W_hh h_(t-1) + b), en partant de "
        "h_0 = 0.",

    # ---- exercise 2: the number of parameters of an LSTM
    "the number of parameters of an LSTM": "le nombre de paramètres d'un LSTM",
    "one whole number (a count of parameters)": "un nombre entier (un nombre de paramètres)",
    "Count one block first: a weight matrix for the input, one for the previous hidden state, and two bias vectors. "
    "Then: how many blocks does an LSTM have?":
        "Comptez d'abord un bloc\u202f: une matrice de poids pour l'entrée, une pour l'état caché précédent, et deux "
        "vecteurs de biais. Ensuite\u202f: combien de blocs un LSTM a-t-il\u202f?",
    "Each weight matrix has one row per hidden unit and one column per number it reads (the input, or the previous "
    "hidden state); a matrix of r rows and c columns holds r x c numbers, and a bias vector of `n_hid` holds `n_hid`. "
    "Add the four parts of one block using `n_in` and `n_hid`, then multiply the whole block (in parentheses) by the "
    "number of blocks.":
        "Chaque matrice de poids a une ligne par unité cachée et une colonne par nombre qu'elle lit (l'entrée, ou "
        "l'état caché précédent)\u202f; une matrice de r lignes et c colonnes contient r x c nombres, et un vecteur "
        "de biais de taille `n_hid` en contient `n_hid`. Additionnez les quatre parties d'un bloc en fonction de "
        "`n_in` et `n_hid`, puis multipliez le bloc entier (entre parenthèses) par le nombre de blocs.",
    "Each of the 4 blocks (forget, input, candidate, output) has W_ih (32 x 20), W_hh (32 x 32) and two bias "
    "vectors of 32. `training.count_parameters(torch.nn.LSTM(n_in, n_hid))` confirms it.":
        "Chacun des 4 blocs (oubli, entrée, candidat, sortie) a W_ih (32 x 20), W_hh (32 x 32) et deux vecteurs de "
        "biais de 32. `training.count_parameters(torch.nn.LSTM(n_in, n_hid))` le confirme.",
    "A GRU of the same size has 3 blocks, a plain RNN 1: the gates are what the LSTM pays for.":
        "Un GRU de même taille a 3 blocs, un RNN simple un seul\u202f: ce sont les portes qui coûtent ces paramètres "
        "au LSTM.",
    "`n_params_lstm` counts the biases once for the whole LSTM: every block has its own two bias vectors.":
        "`n_params_lstm` compte les biais une seule fois pour tout le LSTM\u202f: chaque bloc a ses deux propres "
        "vecteurs de biais.",
    "`n_params_lstm` counts one block only, which is also the size of a plain RNN (`nn.RNN`). An LSTM has four "
    "blocks (forget, input, candidate, output), each with its own weights and biases.":
        "`n_params_lstm` ne compte qu'un bloc, ce qui est aussi la taille d'un RNN simple (`nn.RNN`). Un LSTM a quatre "
        "blocs (oubli, entrée, candidat, sortie), chacun avec ses propres poids et biais.",
    "`n_params_lstm` counts one block with one bias vector. An LSTM has four blocks, and in PyTorch each has two "
    "bias vectors.":
        "`n_params_lstm` compte un bloc avec un seul vecteur de biais. Un LSTM a quatre blocs, et dans PyTorch chacun "
        "a deux vecteurs de biais.",
    "`n_params_lstm` has one bias vector per block, but PyTorch has two (`bias_ih` and `bias_hh`): count both.":
        "`n_params_lstm` a un vecteur de biais par bloc, alors que PyTorch en a deux (`bias_ih` et `bias_hh`)\u202f: "
        "comptez les deux.",
    "`n_params_lstm` forgets the bias vectors: each block also has two of them, of `n_hid` numbers each.":
        "`n_params_lstm` oublie les vecteurs de biais\u202f: chaque bloc en a aussi deux, de `n_hid` nombres chacun.",
    "`n_params_lstm` has 3 blocks: that is a GRU (reset, update, new). An LSTM has four.":
        "`n_params_lstm` a 3 blocs\u202f: c'est un GRU (réinitialisation, mise à jour, nouvel état). Un LSTM en a "
        "quatre.",
    "`n_params_lstm` looks like a GRU with one bias per block: an LSTM has four blocks, each with two bias vectors.":
        "`n_params_lstm` ressemble à un GRU avec un biais par bloc\u202f: un LSTM a quatre blocs, chacun avec deux "
        "vecteurs de biais.",
    "`n_params_lstm` multiplies only the first term by 4: put the whole block in parentheses before multiplying.":
        "`n_params_lstm` ne multiplie que le premier terme par 4\u202f: mettez tout le bloc entre parenthèses avant de "
        "multiplier.",
    "`n_params_lstm` multiplies only the first term by 4: put the whole block (with its two bias vectors) in "
    "parentheses before multiplying.":
        "`n_params_lstm` ne multiplie que le premier terme par 4\u202f: mettez tout le bloc (avec ses deux vecteurs de "
        "biais) entre parenthèses avant de multiplier.",
    "`n_params_lstm` includes the dense layer of our classifier (`lstm_model` has one after the LSTM). Count the "
    "LSTM alone.":
        "`n_params_lstm` inclut la couche dense de notre classifieur (`lstm_model` en a une après le LSTM). Comptez "
        "le LSTM seul.",
    "`n_params_lstm` is twice the count: 4 blocks, not 8 (a bidirectional LSTM would have twice as many).":
        "`n_params_lstm` est le double du bon compte\u202f: 4 blocs, et non 8 (un LSTM bidirectionnel en aurait deux "
        "fois plus).",
    "`n_params_lstm` is 4 times too large: did you multiply by 4 twice?":
        "`n_params_lstm` est 4 fois trop grand\u202f: avez-vous multiplié deux fois par 4\u202f?",
    "`n_params_lstm`: the input weight matrix of a block is `n_hid` x `n_in` (32 x 20), not `n_in` x `n_in`.":
        "`n_params_lstm`\u202f: la matrice des poids d'entrée d'un bloc est `n_hid` x `n_in` (32 x 20), et non "
        "`n_in` x `n_in`.",
    "`n_params_lstm` forgets the weights on the previous hidden state (`n_hid` x `n_hid` per block).":
        "`n_params_lstm` oublie les poids appliqués à l'état caché précédent (`n_hid` x `n_hid` par bloc).",
    "`n_params_lstm` forgets the weights on the input (`n_hid` x `n_in` per block).":
        "`n_params_lstm` oublie les poids appliqués à l'entrée (`n_hid` x `n_in` par bloc).",
    "`n_params_lstm` = {got} is too small: did you count every matrix and bias vector? One block has two weight "
    "matrices and two bias vectors; an LSTM has four blocks.":
        "`n_params_lstm` = {got} est trop petit\u202f: avez-vous compté chaque matrice et chaque vecteur de "
        "biais\u202f? Un bloc a deux matrices de poids et deux vecteurs de biais\u202f; un LSTM a quatre blocs.",
    "`n_params_lstm` = {got} is too large: did you count something twice? One block has two weight matrices and two "
    "bias vectors; an LSTM has four blocks.":
        "`n_params_lstm` = {got} est trop grand\u202f: avez-vous compté quelque chose deux fois\u202f? Un bloc a deux "
        "matrices de poids et deux vecteurs de biais\u202f; un LSTM a quatre blocs.",

    # ---- exercise 3: the irregularity of atrial fibrillation (AF: « FA » in French)
    "the irregularity of atrial fibrillation": "l'irrégularité de la fibrillation atriale",
    "one number (beats per minute)": "un nombre (en battements par minute)",
    "one number (a fraction)": "un nombre (une fraction)",
    "The RR intervals are the times between successive R peaks: the differences between neighbouring values of "
    "`info_af[\"r_peaks_s\"]` (`np.diff`), in seconds.":
        "Les intervalles RR sont les durées entre pics R successifs\u202f: les différences entre valeurs voisines de "
        "`info_af[\"r_peaks_s\"]` (`np.diff`), en secondes.",
    "Mean heart rate (bpm) = 60 / the mean RR interval in seconds (or count the beats on the 10-s strip and "
    "multiply by 6). Coefficient of variation = standard deviation / mean of the RR intervals, a fraction. Then the "
    "same coefficient for `info_normal`.":
        "Fréquence cardiaque moyenne (bpm) = 60 / l'intervalle RR moyen en secondes (ou comptez les battements sur le "
        "tracé de 10\u202fs et multipliez par 6). Coefficient de variation = écart-type / moyenne des intervalles RR, "
        "une fraction. Puis le même coefficient pour `info_normal`.",
    "A heart rate is beats per minute: 60 / mean RR with RR in seconds (or, on ECG paper, the beats on a 10-s strip "
    "x 6). The coefficient of variation (SD / mean) compares the irregularity of rhythms at different rates; "
    "`ddof=0` or `ddof=1` both do.":
        "Une fréquence cardiaque se compte en battements par minute\u202f: 60 / RR moyen, avec RR en secondes (ou, sur "
        "papier ECG, les battements d'un tracé de 10\u202fs x 6). Le coefficient de variation (écart-type / moyenne) "
        "compare l'irrégularité de rythmes de fréquences différentes\u202f; `ddof=0` et `ddof=1` conviennent tous les "
        "deux.",
    "`hr_af` is in beats per second: multiply by 60 for beats per minute.":
        "`hr_af` est en battements par seconde\u202f: multipliez par 60 pour l'avoir en battements par minute.",
    "`hr_af` uses RR intervals in samples: divide them by the sampling frequency (100 Hz) to get seconds first.":
        "`hr_af` utilise des intervalles RR en échantillons\u202f: divisez-les d'abord par la fréquence "
        "d'échantillonnage (100\u202fHz) pour les avoir en secondes.",
    "`hr_af` uses RR intervals in milliseconds: with RR in ms the rate is 60000 / RR.":
        "`hr_af` utilise des intervalles RR en millisecondes\u202f: avec RR en ms, la fréquence vaut 60\u202f000 / RR.",
    "`hr_af` is the mean RR interval (in seconds), not the heart rate: a rate is beats per minute, 60 / RR.":
        "`hr_af` est l'intervalle RR moyen (en secondes), et non la fréquence cardiaque\u202f: une fréquence se compte "
        "en battements par minute, 60 / RR.",
    "`hr_af` is the mean RR interval (in ms), not the heart rate: a rate is beats per minute.":
        "`hr_af` est l'intervalle RR moyen (en ms), et non la fréquence cardiaque\u202f: une fréquence se compte en "
        "battements par minute.",
    "`hr_af` is the mean RR interval (in samples), not the heart rate: a rate is beats per minute.":
        "`hr_af` est l'intervalle RR moyen (en échantillons), et non la fréquence cardiaque\u202f: une fréquence se "
        "compte en battements par minute.",
    "`hr_af` is the number of beats in 10 s: multiply it by 6 for beats per minute.":
        "`hr_af` est le nombre de battements en 10\u202fs\u202f: multipliez-le par 6 pour l'avoir en battements par "
        "minute.",
    "`hr_af` counts the RR intervals, one fewer than the beats: count the R peaks (beats) on the 10-s strip, then "
    "multiply by 6.":
        "`hr_af` compte les intervalles RR, un de moins que les battements\u202f: comptez les pics R (les battements) "
        "sur le tracé de 10\u202fs, puis multipliez par 6.",
    "`hr_af` divides the number of beats by the time from the first to the last beat, which holds one interval "
    "fewer than the beats.":
        "`hr_af` divise le nombre de battements par la durée du premier au dernier battement, qui contient un "
        "intervalle de moins qu'il n'y a de battements.",
    "`hr_af` multiplies 60 by the RR interval: divide 60 by it instead.":
        "`hr_af` multiplie 60 par l'intervalle RR\u202f: divisez plutôt 60 par cet intervalle.",
    "`hr_af` is the heart rate of the normal recording: use the AF one.":
        "`hr_af` est la fréquence cardiaque de l'enregistrement normal\u202f: prenez celui en FA.",
    "`hr_af` counts the beats of the normal recording: use the AF one.":
        "`hr_af` compte les battements de l'enregistrement normal\u202f: prenez celui en FA.",
    "`hr_af` = {hr} bpm is not the mean heart rate of the AF recording yet (it is too low).":
        "`hr_af` = {hr}\u202fbpm n'est pas encore la fréquence cardiaque moyenne de l'enregistrement en FA (elle est "
        "trop basse).",
    "`hr_af` = {hr} bpm is not the mean heart rate of the AF recording yet (it is too high).":
        "`hr_af` = {hr}\u202fbpm n'est pas encore la fréquence cardiaque moyenne de l'enregistrement en FA (elle est "
        "trop élevée).",
    "`{name}` is the coefficient of variation of the AF recording: use the other one.":
        "`{name}` est le coefficient de variation de l'enregistrement en FA\u202f: prenez l'autre.",
    "`{name}` is the coefficient of variation of the normal recording: use the other one.":
        "`{name}` est le coefficient de variation de l'enregistrement normal\u202f: prenez l'autre.",
    "`{name}` is the standard deviation of the RR intervals: divide it by their mean.":
        "`{name}` est l'écart-type des intervalles RR\u202f: divisez-le par leur moyenne.",
    "`{name}` looks like a percentage: give a fraction (0.1 for 10 %), do not multiply by 100.":
        "`{name}` ressemble à un pourcentage\u202f: donnez une fraction (0,1 pour 10\u202f%), sans multiplier par 100.",
    "`{name}` is the standard deviation of the RR intervals (in ms): divide it by their mean.":
        "`{name}` est l'écart-type des intervalles RR (en ms)\u202f: divisez-le par leur moyenne.",
    "`{name}` is the standard deviation of the RR intervals (in samples): divide it by their mean.":
        "`{name}` est l'écart-type des intervalles RR (en échantillons)\u202f: divisez-le par leur moyenne.",
    "`{name}` is upside down: standard deviation divided by mean, not the reverse.":
        "`{name}` est à l'envers\u202f: l'écart-type divisé par la moyenne, et non l'inverse.",
    "`{name}` uses the variance: take the standard deviation (its square root) instead.":
        "`{name}` utilise la variance\u202f: prenez plutôt l'écart-type (sa racine carrée).",
    "`{name}` is squared (variance / mean²): use the standard deviation, not the variance.":
        "`{name}` est élevé au carré (variance / moyenne²)\u202f: prenez l'écart-type, et non la variance.",
    "`{name}` is computed on the R-peak times: first take the intervals between successive peaks (the RR "
    "intervals).":
        "`{name}` est calculé sur les instants des pics R\u202f: prenez d'abord les intervalles entre pics successifs "
        "(les intervalles RR).",
    "`{name}` is the variation of the beat-by-beat heart rates (60 / RR): compute it on the RR intervals "
    "themselves.":
        "`{name}` est la variation des fréquences cardiaques battement par battement (60 / RR)\u202f: calculez-la sur "
        "les intervalles RR eux-mêmes.",
    "`{name}` = {got} is too large: the coefficient of variation is a fraction (the standard deviation divided by "
    "the mean), here well below 1.":
        "`{name}` = {got} est trop grand\u202f: le coefficient de variation est une fraction (l'écart-type divisé par "
        "la moyenne), ici bien inférieure à 1.",
    "`{name}` = {got} is not the standard deviation of the AF recording's RR intervals divided by their mean yet (it "
    "is too low).":
        "`{name}` = {got} n'est pas encore l'écart-type des intervalles RR de l'enregistrement en FA divisé par leur "
        "moyenne (il est trop bas).",
    "`{name}` = {got} is not the standard deviation of the AF recording's RR intervals divided by their mean yet (it "
    "is too high).":
        "`{name}` = {got} n'est pas encore l'écart-type des intervalles RR de l'enregistrement en FA divisé par leur "
        "moyenne (il est trop élevé).",
    "`{name}` = {got} is not the standard deviation of the normal recording's RR intervals divided by their mean "
    "yet (it is too low).":
        "`{name}` = {got} n'est pas encore l'écart-type des intervalles RR de l'enregistrement normal divisé par leur "
        "moyenne (il est trop bas).",
    "`{name}` = {got} is not the standard deviation of the normal recording's RR intervals divided by their mean "
    "yet (it is too high).":
        "`{name}` = {got} n'est pas encore l'écart-type des intervalles RR de l'enregistrement normal divisé par leur "
        "moyenne (il est trop élevé).",
    "You counted the beats on the 10-s strip and multiplied by 6, the quick method on ECG paper; 60 / mean RR uses "
    "the exact intervals.":
        "Vous avez compté les battements sur le tracé de 10\u202fs et multiplié par 6, la méthode rapide sur papier "
        "ECG\u202f; 60 / RR moyen utilise les intervalles exacts.",
    "60 / mean RR uses the exact intervals; on ECG paper, counting the beats on the 10-s strip x 6 is the quick "
    "method.":
        "60 / RR moyen utilise les intervalles exacts\u202f; sur papier ECG, compter les battements sur le tracé de "
        "10\u202fs et multiplier par 6 est la méthode rapide.",
    "{method} Both are accepted: they differ by a few bpm at most. The AF intervals vary about {ratio} times more "
    "than the sinus rhythm's: 'irregularly irregular'.":
        "{method} Les deux méthodes sont acceptées\u202f: elles diffèrent de quelques bpm au plus. Les intervalles en "
        "FA varient environ {ratio} fois plus que ceux du rythme sinusal\u202f: «\u202firrégulièrement "
        "irrégulier\u202f».",
}
