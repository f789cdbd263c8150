"""French of the messages and de-identification report of ``course_utils/dicom.py``."""

MESSAGES: dict[str, str] = {
    # why each identifying field is changed (deidentify's report)
    "direct identifier": "identifiant direct",
    "hospital record number: direct identifier": "numéro de dossier hospitalier\u202f: identifiant direct",
    "other record numbers of the same person": "autres numéros de dossier de la même personne",
    "with sex and postcode, enough to re-identify most people":
        "avec le sexe et le code postal, suffit à réidentifier la plupart des personnes",
    "useful clinically; ages over 89 are rare enough to identify":
        "utile en clinique\u202f; les âges au-delà de 89 ans sont assez rares pour identifier quelqu'un",
    "names a person and points to the patient's care pathway":
        "nomme une personne et renseigne sur le parcours de soins du patient",
    "names a person": "nomme une personne",
    "where the patient was treated": "lieu où le patient a été soigné",
    "which machine, hence which hospital": "quelle machine, donc quel hôpital",
    "links to the hospital's order and report systems":
        "renvoie aux systèmes de demandes d'examen et de comptes rendus de l'hôpital",
    "links to the hospital's systems": "renvoie aux systèmes de l'hôpital",
    "dates of care help re-identify (and tell age with the birth date)":
        "les dates de soins aident à réidentifier (et donnent l'âge avec la date de naissance)",
    "date of care": "date de soins",
    "unique identifiers can be looked up in the hospital archive (PACS)":
        "les identifiants uniques se retrouvent dans l'archive de l'hôpital (PACS)",
    "looked up in the archive": "se retrouve dans l'archive",
    "manufacturer fields may hold names, dates or IDs":
        "les champs du constructeur peuvent contenir des noms, des dates ou des identifiants",
    "(removed)": "(supprimé)",
    "(absent)": "(absente)",
    "{count} item(s)": "{count} élément(s)",
    "{count} element(s)": "{count} champ(s)",
    # messages
    "a DICOM file": "un fichier DICOM",
    "a DICOM CT image": "une image de scanner (CT) au format DICOM",
    "what must be a few words such as 'a DICOM file', got {received}.":
        "what doit être quelques mots comme 'a DICOM file', reçu\u202f: {received}.",
    " If it is an old DICOM file without the standard header, read it with pydicom.dcmread(path, force=True) and "
    "pass the result.":
        " S'il s'agit d'un ancien fichier DICOM sans l'en-tête standard, lisez-le avec "
        "pydicom.dcmread(path, force=True) et donnez le résultat.",
    "{file} is not {what}: it looks like {kind}. A DICOM file starts with a 128-byte preamble and the letters "
    "'DICM'. Check that you picked the right file (DICOM files often end in .dcm).{hint}":
        "{file} n'est pas {what}\u202f: il ressemble à {kind}. Un fichier DICOM commence par un préambule de 128 "
        "octets suivi des lettres 'DICM'. Vérifiez que vous avez choisi le bon fichier (les fichiers DICOM se "
        "terminent souvent par .dcm).{hint}",
    "{file} starts like a DICOM file but cannot be read to the end ({size} bytes): it is probably truncated (an "
    "interrupted copy or download) or corrupted. Copy it again from its source.":
        "{file} commence comme un fichier DICOM mais ne peut pas être lu jusqu'au bout ({size} octets)\u202f: il est "
        "probablement tronqué (copie ou téléchargement interrompu) ou corrompu. Copiez-le à nouveau depuis sa "
        "source.",
    "{file} holds a DICOM file header but no data ({size} bytes): it is probably truncated (an interrupted copy or "
    "download). Copy it again from its source.":
        "{file} contient un en-tête de fichier DICOM mais aucune donnée ({size} octets)\u202f: il est probablement "
        "tronqué (copie ou téléchargement interrompu). Copiez-le à nouveau depuis sa source.",
    "ds must be a pydicom Dataset (read one with pydicom.dcmread(path)) or the path of {what}, got {received}.":
        "ds doit être un Dataset pydicom (lisez-en un avec pydicom.dcmread(path)) ou le chemin d'accès à {what}, "
        "reçu\u202f: {received}.",
    "The header field {keyword} must hold a number, got {value}: this file's header is damaged, so HU cannot be "
    "computed.":
        "Le champ d'en-tête {keyword} doit contenir un nombre, reçu {value}\u202f: l'en-tête de ce fichier est "
        "endommagé, les UH ne peuvent donc pas être calculées.",
    "The header field {keyword} must hold a finite number, got {value}.":
        "Le champ d'en-tête {keyword} doit contenir un nombre fini, reçu {value}.",
    "The pixel data of this file is compressed ({syntax}) and cannot be decoded on this computer. Install a decoder "
    "(pip install pylibjpeg pylibjpeg-libjpeg), or ask for an uncompressed copy.":
        "Les pixels de ce fichier sont compressés ({syntax}) et ne peuvent pas être décodés sur cet ordinateur. "
        "Installez un décodeur (pip install pylibjpeg pylibjpeg-libjpeg), ou demandez une copie non compressée.",
    " (it holds {held} bytes of pixels, the header announces {expected})":
        " (il contient {held} octets de pixels, l'en-tête en annonce {expected})",
    "The pixel data of this file cannot be decoded{detail}: the file is probably truncated or corrupted. Copy it "
    "again from its source.":
        "Les pixels de ce fichier ne peuvent pas être décodés{detail}\u202f: le fichier est probablement tronqué ou "
        "corrompu. Copiez-le à nouveau depuis sa source.",
    "This Dataset holds no DICOM image (no Modality field, no pixel data): it was probably read from a file that is "
    "not DICOM (for instance with pydicom.dcmread(..., force=True)). Read a CT image instead.":
        "Ce Dataset ne contient aucune image DICOM (ni champ Modality, ni pixels)\u202f: il a probablement été lu "
        "dans un fichier qui n'est pas au format DICOM (par exemple avec pydicom.dcmread(..., force=True)). Lisez "
        "plutôt une image de scanner (CT).",
    "Hounsfield units only exist for CT images, this file's Modality is {modality}. MR and other images have "
    "arbitrary intensity units: normalise them instead (e.g. z-score).":
        "Les unités Hounsfield n'existent que pour les images de scanner (CT)\u202f; la modalité (Modality) de ce "
        "fichier est {modality}. L'IRM (MR) et les autres images ont des intensités en unités arbitraires\u202f: "
        "normalisez-les plutôt (par exemple par z-score).",
    "This CT file lacks RescaleSlope or RescaleIntercept, so HU cannot be computed.":
        "Il manque RescaleSlope ou RescaleIntercept dans ce fichier de scanner\u202f: les UH ne peuvent pas être "
        "calculées.",
    "This file has a header but no pixel data (no PixelData element).":
        "Ce fichier a un en-tête mais pas de pixels (pas d'élément PixelData).",
    "RescaleSlope is 0 in this file's header: every pixel would get the same HU. The header is damaged.":
        "RescaleSlope vaut 0 dans l'en-tête de ce fichier\u202f: tous les pixels auraient les mêmes UH. L'en-tête est "
        "endommagé.",
    "image must be the array in Hounsfield units, got a pydicom Dataset (a whole DICOM file). Convert it first: hu = "
    "dicom.to_hounsfield(ds), then dicom.window(hu, level, width).":
        "image doit être le tableau en unités Hounsfield, reçu un Dataset pydicom (tout un fichier DICOM). "
        "Convertissez-le d'abord\u202f: hu = dicom.to_hounsfield(ds), puis dicom.window(hu, level, width).",
    "an array of values in Hounsfield units (use dicom.to_hounsfield(ds))":
        "un tableau de valeurs en unités Hounsfield (obtenu avec dicom.to_hounsfield(ds))",
    "level must be a finite number in HU (e.g. 40 for soft tissue), got {received}.":
        "level doit être un nombre fini en UH (par exemple 40 pour les tissus mous), reçu\u202f: {received}.",
    "width (HU)": "width (en UH)",
    "name must be the name of a window, one of {choices}, got {received}.":
        "name doit être le nom d'une fenêtre, l'un de {choices}, reçu\u202f: {received}.",
    "pseudonym must be a non-empty string such as 'ANON-0001', got {received}.":
        "pseudonym doit être un texte non vide comme 'ANON-0001', reçu\u202f: {received}.",
    "pseudonym must have at most 64 characters (the DICOM limit for a patient ID), got {count}.":
        "pseudonym doit compter au plus 64 caractères (la limite DICOM pour un identifiant patient), reçu "
        "{count} caractères.",
    "salt must be a string (a secret word), got {received}.":
        "salt doit être un texte (un mot secret), reçu\u202f: {received}.",
    "keywords must be a list of DICOM keywords such as ['Modality', 'PixelSpacing'], got one string {text}: put it "
    "in a list, [{text}].":
        "keywords doit être une liste de mots-clés DICOM comme ['Modality', 'PixelSpacing'], reçu un seul texte "
        "{text}\u202f: mettez-le dans une liste, [{text}].",
    "a list holding {item}": "une liste contenant {item}",
    "keywords must be a list of DICOM keywords such as ['Modality', 'PixelSpacing'], got {received}.":
        "keywords doit être une liste de mots-clés DICOM comme ['Modality', 'PixelSpacing'], reçu\u202f: {received}.",
    "keywords is empty: give at least one DICOM keyword, such as ['Modality'].":
        "keywords est vide\u202f: donnez au moins un mot-clé DICOM, comme ['Modality'].",
    "keywords hold unknown DICOM keyword(s) {unknown}: check the spelling and the capitals (e.g. 'PatientName', "
    "'PixelSpacing', 'RescaleIntercept').":
        "keywords contient des mots-clés DICOM inconnus {unknown}\u202f: vérifiez l'orthographe et les majuscules "
        "(par exemple 'PatientName', 'PixelSpacing', 'RescaleIntercept').",
}
