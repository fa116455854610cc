<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About HubLens</source>
        <translation>À propos de HubLens</translation>
    </message>
    <message>
        <source>HubLens %1</source>
        <translation>HubLens %1</translation>
    </message>
    <message>
        <source>Search and inspect models and datasets on the Hugging Face Hub, from the desktop or the command line.</source>
        <translation>Recherchez et examinez les modèles et les jeux de données du Hub Hugging Face, depuis le bureau ou en ligne de commande.</translation>
    </message>
    <message>
        <source>HubLens is free software under the GNU General Public License, version 3 or later (%1). It comes with no warranty.</source>
        <translation>HubLens est un logiciel libre, distribué selon les termes de la GNU General Public License, version 3 ou ultérieure (%1). Il est fourni sans aucune garantie.</translation>
    </message>
    <message>
        <source>Running on these libraries:</source>
        <translation>Bibliothèques utilisées&#x202f;:</translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation>Bibliothèques</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>&amp;Copy version information</source>
        <translation>&amp;Copier les informations de version</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
</context>
<context>
    <name>AgreementBand</name>
    <message>
        <source>poor</source>
        <translation>médiocre</translation>
    </message>
    <message>
        <source>slight</source>
        <translation>léger</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>passable</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>modéré</translation>
    </message>
    <message>
        <source>substantial</source>
        <translation>important</translation>
    </message>
    <message>
        <source>almost perfect</source>
        <translation>presque parfait</translation>
    </message>
    <message>
        <source>reliable</source>
        <translation>fiable</translation>
    </message>
    <message>
        <source>tentative</source>
        <translation>provisoire</translation>
    </message>
    <message>
        <source>unreliable</source>
        <translation>non fiable</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Explore</source>
        <translation>Explorer</translation>
    </message>
    <message>
        <source>%1 — retrying in %2 s (attempt %3)</source>
        <translation>%1 — nouvel essai dans %L2&#x202f;s (tentative %3)</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Évaluer</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <source>row %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>&amp;Load rows</source>
        <translation>&amp;Charger les lignes</translation>
    </message>
    <message>
        <source>Batch run</source>
        <translation>Exécution par lot</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>A JSONL, CSV or TSV file</source>
        <translation>Un fichier JSONL, CSV ou TSV</translation>
    </message>
    <message>
        <source>Prompt file</source>
        <translation>Fichier de prompts</translation>
    </message>
    <message>
        <source>Prompt sets (*.jsonl *.json *.csv *.tsv);;All files (*)</source>
        <translation>Jeux de prompts (*.jsonl *.json *.csv *.tsv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>owner/dataset</source>
        <translation>propriétaire/jeu-de-données</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Jeu de données</translation>
    </message>
    <message>
        <source>first config</source>
        <translation>première configuration</translation>
    </message>
    <message>
        <source>train</source>
        <translation>train</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Partition</translation>
    </message>
    <message>
        <source>Config</source>
        <translation>Configuration</translation>
    </message>
    <message>
        <source>to (excluded)</source>
        <translation>à (exclue)</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>One prompt per line</source>
        <translation>Un prompt par ligne</translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation>Prompts</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Dataset</source>
        <translation>&amp;Jeu de données</translation>
    </message>
    <message>
        <source>&amp;Typed</source>
        <translation>&amp;Saisie</translation>
    </message>
    <message>
        <source>Prompt column</source>
        <translation>Colonne du prompt</translation>
    </message>
    <message>
        <source>Optional: Summarise in one sentence: {{text}}</source>
        <translation>Facultatif&#x202f;: résumer en une phrase&#x202f;: {{text}}</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Template</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>Points de terminaison</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Requests in flight over all endpoints; a rate-limited endpoint slows down by itself</source>
        <translation>Requêtes simultanées sur l’ensemble des points de terminaison&#x202f;; un point de terminaison soumis à une limite de débit ralentit de lui-même</translation>
    </message>
    <message>
        <source>Retries of a server error, dropped connection or timeout per request</source>
        <translation>Nombre de nouvelles tentatives par requête en cas d’erreur serveur, de connexion interrompue ou de délai dépassé</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>&amp;Column</source>
        <translation>C&amp;olonne</translation>
    </message>
    <message>
        <source>T&amp;emplate</source>
        <translation>T&amp;emplate</translation>
    </message>
    <message>
        <source>&amp;System prompt</source>
        <translation>Prompt s&amp;ystème</translation>
    </message>
    <message>
        <source>&amp;Max tokens</source>
        <translation>Tokens &amp;max</translation>
    </message>
    <message>
        <source>E&amp;ndpoints</source>
        <translation>Points de &amp;terminaison</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Nouvelles tentatives</translation>
    </message>
    <message>
        <source>C&amp;oncurrency</source>
        <translation>&amp;Requêtes simultanées</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Lancer</translation>
    </message>
    <message>
        <source>Loading rows…</source>
        <translation>Chargement des lignes…</translation>
    </message>
    <message numerus="yes">
        <source>%n prompt(s)</source>
        <translation>
            <numerusform>%Ln&#x202f;prompt</numerusform>
            <numerusform>%Ln&#x202f;prompts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n endpoint(s)</source>
        <translation>
            <numerusform>%Ln&#x202f;point de terminaison</numerusform>
            <numerusform>%Ln&#x202f;points de terminaison</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%Ln&#x202f;requête</numerusform>
            <numerusform>%Ln&#x202f;requêtes</numerusform>
        </translation>
    </message>
    <message>
        <source>no own limit</source>
        <translation>pas de limite propre</translation>
    </message>
    <message>
        <source>Requests in flight to any one endpoint (a rate-limited endpoint lowers its own further)</source>
        <translation>Requêtes simultanées vers un même point de terminaison (un point de terminaison limité en débit abaisse encore la sienne)</translation>
    </message>
    <message>
        <source>Concurrency per endpoint</source>
        <translation>Requêtes simultanées par point de terminaison</translation>
    </message>
    <message>
        <source> s</source>
        <translation>&#x202f;s</translation>
    </message>
    <message>
        <source>The longest one request may take, from sending it to its last byte</source>
        <translation>La durée maximale d’une requête, de l’envoi au dernier octet</translation>
    </message>
    <message>
        <source>Request timeout</source>
        <translation>Délai d’expiration d’une requête</translation>
    </message>
    <message>
        <source>Per endpoint</source>
        <translation>Par point de terminaison</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Délai</translation>
    </message>
</context>
<context>
    <name>BatchPanel</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%Ln&#x202f;s</numerusform>
            <numerusform>%Ln&#x202f;s</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>Pa&amp;use</translation>
    </message>
    <message>
        <source>Cancel batch</source>
        <translation>Annuler le lot</translation>
    </message>
    <message>
        <source>Re-run failed</source>
        <translation>Relancer les échecs</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Batch progress</source>
        <translation>Progression du lot</translation>
    </message>
    <message>
        <source>Batch status</source>
        <translation>État du lot</translation>
    </message>
    <message>
        <source>%1 of %2 · %3 ok · %4 failed · %5 retrying</source>
        <translation>%1 sur %2 · %3 OK · %4 en échec · %5 en nouvel essai</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <source>ETA %1</source>
        <translation>temps restant %1</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
</context>
<context>
    <name>BatchRunner</name>
    <message>
        <source>A batch is already running</source>
        <translation>Un lot est déjà en cours d’exécution</translation>
    </message>
    <message>
        <source>There is no batch %1</source>
        <translation>Il n’existe aucun lot %1</translation>
    </message>
    <message numerus="yes">
        <source>The batch needs %n endpoint(s)</source>
        <translation>
            <numerusform>Le lot nécessite %Ln&#x202f;point de terminaison</numerusform>
            <numerusform>Le lot nécessite %Ln&#x202f;points de terminaison</numerusform>
        </translation>
    </message>
    <message>
        <source>Results could not be saved: %1</source>
        <translation>Impossible d’enregistrer les résultats&#x202f;: %1</translation>
    </message>
    <message>
        <source>This batch is running in another HubLens process (pid %1); it can be resumed once that one stops</source>
        <translation>Ce lot est en cours dans un autre processus HubLens (PID %1)&#x202f;; il pourra être repris une fois celui-ci arrêté</translation>
    </message>
    <message>
        <source>The batch&apos;s lock file could not be created next to the database</source>
        <translation>Le fichier de verrou du lot n’a pas pu être créé à côté de la base de données</translation>
    </message>
</context>
<context>
    <name>CandidateGridDialog</name>
    <message>
        <source>Only &amp;differences</source>
        <translation>&amp;Différences uniquement</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;Compare these</source>
        <translation>&amp;Comparer ces modèles</translation>
    </message>
    <message>
        <source>Candidate grid</source>
        <translation>Grille des candidats</translation>
    </message>
    <message>
        <source>Hide the rows where all models agree</source>
        <translation>Masquer les lignes où tous les modèles concordent</translation>
    </message>
    <message>
        <source>No models on the candidate list yet — add models from Explore with Ctrl+Enter</source>
        <translation>Aucun modèle dans la liste des candidats pour l’instant — ajoutez des modèles depuis la page Explorer avec Ctrl+Entrée</translation>
    </message>
    <message>
        <source>Fetch the metadata again (F5)</source>
        <translation>Récupérer de nouveau les métadonnées (F5)</translation>
    </message>
    <message>
        <source>Open Compare with one column per model, on the Inference Providers router</source>
        <translation>Ouvrir la page Comparer avec une colonne par modèle, sur le routeur Inference Providers</translation>
    </message>
    <message>
        <source>No models to compare</source>
        <translation>Aucun modèle à comparer</translation>
    </message>
    <message>
        <source>Loading… %1 of %2 models</source>
        <translation>Chargement… %1 sur %2&#x202f;modèles</translation>
    </message>
    <message>
        <source>%1 models · %2 rows differ</source>
        <translation>%1&#x202f;modèles · %2&#x202f;lignes différentes</translation>
    </message>
    <message>
        <source>%1 could not be loaded</source>
        <translation>échec du chargement&#x202f;: %1</translation>
    </message>
    <message>
        <source>Offline: the grid shows cached values; the Status row gives their age</source>
        <translation>Hors ligne&#x202f;: la grille affiche les valeurs en cache&#x202f;; la ligne «&#x202f;État&#x202f;» indique leur âge</translation>
    </message>
</context>
<context>
    <name>CandidateGridModel</name>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Gated</source>
        <translation>Accès restreint</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Context length</source>
        <translation>Longueur de contexte</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Architecture</translation>
    </message>
    <message>
        <source>Quantised sizes</source>
        <translation>Tailles quantifiées</translation>
    </message>
    <message>
        <source>Inference providers</source>
        <translation>Fournisseurs d’inférence</translation>
    </message>
    <message>
        <source>Downloads (30 days)</source>
        <translation>Téléchargements (30&#x202f;jours)</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>J’aime</translation>
    </message>
    <message>
        <source>Last modified</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Révision</translation>
    </message>
    <message>
        <source>Whether the model&apos;s metadata loaded, and how old cached values are</source>
        <translation>Indique si les métadonnées du modèle ont été chargées, et l’âge des valeurs en cache</translation>
    </message>
    <message>
        <source>GGUF quantisations with their file sizes; otherwise the weights&apos; data types and size</source>
        <translation>Quantifications GGUF avec la taille de leurs fichiers&#x202f;; à défaut, les types de données et la taille des poids</translation>
    </message>
    <message>
        <source>Inference providers serving the model (the Hub&apos;s mapping and the router&apos;s list)</source>
        <translation>Fournisseurs d’inférence qui servent le modèle (correspondance du Hub et liste du routeur)</translation>
    </message>
    <message>
        <source>%1: price per 1M input / output tokens (USD), from the Inference Providers router</source>
        <translation>%1&#x202f;: prix par million de tokens en entrée / en sortie (USD), d’après le routeur Inference Providers</translation>
    </message>
    <message>
        <source>The commit the metadata describes</source>
        <translation>Le commit décrit par les métadonnées</translation>
    </message>
    <message>
        <source>Not found (or private)</source>
        <translation>Introuvable (ou privé)</translation>
    </message>
    <message>
        <source>Gated: access not granted</source>
        <translation>Accès restreint&#x202f;: accès non accordé</translation>
    </message>
    <message>
        <source>Token rejected</source>
        <translation>Token refusé</translation>
    </message>
    <message>
        <source>Access denied</source>
        <translation>Accès refusé</translation>
    </message>
    <message>
        <source>Rate-limited: retry in %1 s</source>
        <translation>Limite de débit atteinte&#x202f;: nouvel essai dans %1&#x202f;s</translation>
    </message>
    <message>
        <source>Rate-limited: retry later</source>
        <translation>Limite de débit atteinte&#x202f;: réessayez plus tard</translation>
    </message>
    <message>
        <source>Offline: never fetched</source>
        <translation>Hors ligne&#x202f;: jamais récupéré</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>Erreur réseau</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>Erreur serveur</translation>
    </message>
    <message>
        <source>Could not load</source>
        <translation>Chargement impossible</translation>
    </message>
    <message>
        <source>Model info</source>
        <translation>Informations du modèle</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>Provider mapping</source>
        <translation>Correspondance des fournisseurs</translation>
    </message>
    <message>
        <source>Router</source>
        <translation>Routeur</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Offline · cached %1</source>
        <translation>Hors ligne · mis en cache %1</translation>
    </message>
    <message>
        <source>Cached %1</source>
        <translation>Mis en cache %1</translation>
    </message>
    <message>
        <source>Cached values fetched %1</source>
        <translation>Valeurs en cache récupérées le %1</translation>
    </message>
    <message>
        <source>Loaded</source>
        <translation>Chargé</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>live, no price</source>
        <translation>live, sans prix</translation>
    </message>
    <message>
        <source>%1 serves %2 (%3)</source>
        <translation>%1 sert %2 (%3)</translation>
    </message>
    <message>
        <source>Input: $%1 per 1M tokens</source>
        <translation>Entrée&#x202f;: %1&#x202f;$ par million de tokens</translation>
    </message>
    <message>
        <source>Output: $%1 per 1M tokens</source>
        <translation>Sortie&#x202f;: %1&#x202f;$ par million de tokens</translation>
    </message>
    <message>
        <source>Context: %1 tokens</source>
        <translation>Contexte&#x202f;: %1&#x202f;tokens</translation>
    </message>
    <message>
        <source>Throughput: %1 tokens/s</source>
        <translation>Débit&#x202f;: %1&#x202f;tokens/s</translation>
    </message>
    <message>
        <source>First token: %1 ms</source>
        <translation>Premier token&#x202f;: %1&#x202f;ms</translation>
    </message>
    <message>
        <source>listed</source>
        <translation>référencé</translation>
    </message>
    <message>
        <source>%1 lists %2 as %3 for %4 (%5); the router gives no price for it</source>
        <translation>%1 référence %2 sous le nom %3 pour %4 (%5)&#x202f;; le routeur n’indique pas de prix</translation>
    </message>
    <message>
        <source>%1 does not serve %2</source>
        <translation>%1 ne sert pas %2</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Yes (automatic)</source>
        <translation>Oui (automatique)</translation>
    </message>
    <message>
        <source>Yes (manual approval)</source>
        <translation>Oui (approbation manuelle)</translation>
    </message>
    <message>
        <source>, private</source>
        <translation>, privé</translation>
    </message>
    <message>
        <source>%1 parameters</source>
        <translation>%1&#x202f;paramètres</translation>
    </message>
    <message>
        <source>%1 tokens (from the model&apos;s config)</source>
        <translation>%1&#x202f;tokens (d’après la configuration du modèle)</translation>
    </message>
    <message>
        <source>%1 tokens (the longest a provider offers)</source>
        <translation>%1&#x202f;tokens (le plus long proposé par un fournisseur)</translation>
    </message>
    <message>
        <source>Model type: %1</source>
        <translation>Type de modèle&#x202f;: %1</translation>
    </message>
    <message>
        <source>The file list could not be loaded: %1</source>
        <translation>Impossible de charger la liste des fichiers&#x202f;: %1</translation>
    </message>
    <message>
        <source>%1: %2 bytes in %3</source>
        <translation>%1&#x202f;: %2&#x202f;octets dans %3</translation>
    </message>
    <message>
        <source>No GGUF files; the safetensors weights take %1 bytes</source>
        <translation>Aucun fichier GGUF&#x202f;; les poids safetensors occupent %1&#x202f;octets</translation>
    </message>
    <message>
        <source>No GGUF or safetensors files</source>
        <translation>Aucun fichier GGUF ni safetensors</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>%1 live of %2</source>
        <translation>%1 live sur %2</translation>
    </message>
    <message>
        <source>Router: %1</source>
        <translation>Routeur&#x202f;: %1</translation>
    </message>
    <message>
        <source>%1 downloads in the last 30 days</source>
        <translation>%1&#x202f;téléchargements au cours des 30&#x202f;derniers jours</translation>
    </message>
    <message>
        <source>%1 likes</source>
        <translation>%1&#x202f;J’aime</translation>
    </message>
</context>
<context>
    <name>CandidateListModel</name>
    <message>
        <source>Dataset</source>
        <translation>Jeu de données</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>%1 %2
Added %3</source>
        <translation>%1 %2
Ajouté le %3</translation>
    </message>
</context>
<context>
    <name>CandidateStore</name>
    <message>
        <source>A candidate needs a repository id</source>
        <translation>Un candidat doit avoir un identifiant de dépôt</translation>
    </message>
</context>
<context>
    <name>CandidatesDock</name>
    <message>
        <source>Candidates</source>
        <translation>Candidats</translation>
    </message>
    <message>
        <source>&amp;Remove from candidates</source>
        <translation>&amp;Retirer des candidats</translation>
    </message>
    <message>
        <source>No candidates yet — add models from Explore with Ctrl+Enter</source>
        <translation>Aucun candidat pour l’instant — ajoutez des modèles depuis la page Explorer avec Ctrl+Entrée</translation>
    </message>
    <message>
        <source>&amp;Grid…</source>
        <translation>&amp;Grille…</translation>
    </message>
    <message>
        <source>Compare the candidates&apos; metadata side by side (Ctrl+Shift+G)</source>
        <translation>Comparer côte à côte les métadonnées des candidats (Ctrl+Maj+G)</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>Co&amp;mparer</translation>
    </message>
    <message>
        <source>Open Compare with the selected models, or all of them</source>
        <translation>Ouvrir la page Comparer avec les modèles sélectionnés, ou avec tous</translation>
    </message>
</context>
<context>
    <name>CardBrowser</name>
    <message>
        <source>Card</source>
        <translation>Fiche</translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Save this chart as an image</source>
        <translation>Enregistrer ce graphique sous forme d’image</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <source>PNG image…</source>
        <translation>Image PNG…</translation>
    </message>
    <message>
        <source>SVG drawing…</source>
        <translation>Dessin SVG…</translation>
    </message>
    <message>
        <source>The chart has not been laid out yet.</source>
        <translation>Le graphique n’a pas encore été mis en page.</translation>
    </message>
    <message>
        <source>Exported from HubLens</source>
        <translation>Exporté depuis HubLens</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Impossible d’écrire %1.</translation>
    </message>
    <message>
        <source>Choose a .png or .svg file name.</source>
        <translation>Choisissez un nom de fichier en .png ou .svg.</translation>
    </message>
</context>
<context>
    <name>ChatRun</name>
    <message>
        <source>The answer is larger than %1 MB; stopped reading it</source>
        <translation>La réponse dépasse %1&#x202f;Mo&#x202f;; lecture interrompue</translation>
    </message>
    <message>
        <source>Connection failed (%1); retrying</source>
        <translation>Échec de la connexion (%1)&#x202f;; nouvel essai</translation>
    </message>
    <message numerus="yes">
        <source>The stream stalled: no data for %n second(s)</source>
        <translation>
            <numerusform>Flux bloqué&#x202f;: aucune donnée reçue pendant %Ln&#x202f;seconde</numerusform>
            <numerusform>Flux bloqué&#x202f;: aucune donnée reçue pendant %Ln&#x202f;secondes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No answer within %n second(s)</source>
        <translation>
            <numerusform>Aucune réponse au bout de %Ln&#x202f;seconde</numerusform>
            <numerusform>Aucune réponse au bout de %Ln&#x202f;secondes</numerusform>
        </translation>
    </message>
    <message>
        <source>The connection was closed in the middle of the answer</source>
        <translation>La connexion a été coupée en pleine réponse</translation>
    </message>
    <message numerus="yes">
        <source>Rate limited; retrying in %n second(s)</source>
        <translation>
            <numerusform>Limite de débit atteinte&#x202f;; nouvel essai dans %Ln&#x202f;seconde</numerusform>
            <numerusform>Limite de débit atteinte&#x202f;; nouvel essai dans %Ln&#x202f;secondes</numerusform>
        </translation>
    </message>
    <message>
        <source>Starting: the endpoint is loading the model (waited %1 of %2 s)</source>
        <translation>Démarrage&#x202f;: le point de terminaison charge le modèle (%1&#x202f;s d’attente sur %2&#x202f;s)</translation>
    </message>
    <message numerus="yes">
        <source>The endpoint was still starting after %n second(s)</source>
        <translation>
            <numerusform>Le point de terminaison n’avait toujours pas démarré après %Ln&#x202f;seconde</numerusform>
            <numerusform>Le point de terminaison n’avait toujours pas démarré après %Ln&#x202f;secondes</numerusform>
        </translation>
    </message>
    <message>
        <source>The server does not accept stream_options; retrying without it</source>
        <translation>Le serveur n’accepte pas stream_options&#x202f;; nouvel essai sans cette option</translation>
    </message>
    <message>
        <source>Server error %1; retrying</source>
        <translation>Erreur serveur %1&#x202f;; nouvel essai</translation>
    </message>
    <message>
        <source>HTTP %1 without a message</source>
        <translation>HTTP %1 sans message</translation>
    </message>
    <message>
        <source>The server answered with an empty body</source>
        <translation>Le serveur a renvoyé une réponse vide</translation>
    </message>
    <message>
        <source>The stream ended without a finish reason: the answer may be cut off</source>
        <translation>Le flux s’est terminé sans motif de fin&#x202f;: la réponse est peut-être tronquée</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
</context>
<context>
    <name>CompareColumnView</name>
    <message>
        <source>%1 ms</source>
        <translation>%1&#x202f;ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1&#x202f;s</translation>
    </message>
    <message>
        <source>(error)</source>
        <translation>(erreur)</translation>
    </message>
    <message>
        <source>$%1/$%2 per 1M</source>
        <translation>%1&#x202f;$/%2&#x202f;$ par million de tokens</translation>
    </message>
    <message>
        <source>%1k context</source>
        <translation>contexte %1k</translation>
    </message>
    <message>
        <source>%1 tok/s</source>
        <translation>%1&#x202f;tok/s</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Point de terminaison</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Parameters…</source>
        <translation>Paramètres…</translation>
    </message>
    <message>
        <source>Override the shared parameters for this column</source>
        <translation>Remplacer les paramètres communs pour cette colonne</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Remove this column</source>
        <translation>Supprimer cette colonne</translation>
    </message>
    <message>
        <source>Remove column</source>
        <translation>Supprimer la colonne</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Raisonnement</translation>
    </message>
    <message>
        <source>The answer appears here</source>
        <translation>La réponse s’affiche ici</translation>
    </message>
    <message>
        <source>Served by: %1</source>
        <translation>Servi par&#x202f;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) listed by the endpoint</source>
        <translation>
            <numerusform>%Ln modèle proposé par le point de terminaison</numerusform>
            <numerusform>%Ln modèles proposés par le point de terminaison</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not list the models: %1</source>
        <translation>Impossible d’obtenir la liste des modèles&#x202f;: %1</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <source>Waiting for the first token…</source>
        <translation>En attente du premier token…</translation>
    </message>
    <message numerus="yes">
        <source>Reasoning (%n character(s))</source>
        <translation>
            <numerusform>Raisonnement (%Ln&#x202f;caractère)</numerusform>
            <numerusform>Raisonnement (%Ln&#x202f;caractères)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Running — %n s</source>
        <translation>
            <numerusform>En cours — %Ln&#x202f;s</numerusform>
            <numerusform>En cours — %Ln&#x202f;s</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed — HTTP %1: %2</source>
        <translation>Échec — HTTP %1&#x202f;: %2</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec&#x202f;: %1</translation>
    </message>
    <message>
        <source>Truncated: %1</source>
        <translation>Réponse tronquée&#x202f;: %1</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <source>TTFT %1</source>
        <translation>TTFT %1</translation>
    </message>
    <message>
        <source>total %1</source>
        <translation>total %1</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s)</source>
        <translation>
            <numerusform>%Ln&#x202f;token</numerusform>
            <numerusform>%Ln&#x202f;tokens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>~%n token(s) (estimated)</source>
        <translation>
            <numerusform>~%Ln&#x202f;token (estimation)</numerusform>
            <numerusform>~%Ln&#x202f;tokens (estimation)</numerusform>
        </translation>
    </message>
    <message>
        <source>finish: %1</source>
        <translation>fin&#x202f;: %1</translation>
    </message>
    <message>
        <source>via %1</source>
        <translation>via %1</translation>
    </message>
    <message>
        <source>$%1</source>
        <translation>%1&#x202f;$</translation>
    </message>
    <message>
        <source>waited %1</source>
        <translation>attente %1</translation>
    </message>
    <message>
        <source>Parameters for this column</source>
        <translation>Paramètres de cette colonne</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Température</translation>
    </message>
    <message>
        <source>Top p</source>
        <translation>Top p</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>Tokens max</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <source>Stop sequences, separated by |</source>
        <translation>Séquences d’arrêt, séparées par |</translation>
    </message>
    <message>
        <source>Checked values replace the shared ones for this column only.</source>
        <translation>Les valeurs cochées remplacent les valeurs communes, pour cette colonne uniquement.</translation>
    </message>
    <message>
        <source>Parameters • custom</source>
        <translation>Paramètres • personnalisés</translation>
    </message>
    <message>
        <source>Stop</source>
        <comment>the stop sequences field of a column&apos;s parameters</comment>
        <translation>Séquences d’arrêt</translation>
    </message>
</context>
<context>
    <name>ComparePage</name>
    <message>
        <source>Temperature</source>
        <translation>Température</translation>
    </message>
    <message>
        <source>Top p</source>
        <translation>Top p</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>Tokens max</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Exécuter</translation>
    </message>
    <message>
        <source>&amp;Follow up</source>
        <translation>&amp;Poursuivre</translation>
    </message>
    <message>
        <source>Stop all</source>
        <translation>Tout arrêter</translation>
    </message>
    <message>
        <source>Add column</source>
        <translation>Ajouter une colonne</translation>
    </message>
    <message>
        <source>System prompt (optional)</source>
        <translation>Prompt système (facultatif)</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Prompt système</translation>
    </message>
    <message>
        <source>Prompt — Ctrl+Enter runs it on every column; Ctrl+Shift+Enter continues each conversation</source>
        <translation>Prompt — Ctrl+Entrée l’exécute dans toutes les colonnes&#x202f;; Ctrl+Maj+Entrée poursuit chaque conversation</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>Stop sequences, separated by |</source>
        <translation>Séquences d’arrêt, séparées par |</translation>
    </message>
    <message>
        <source>Unchecked: not sent, the server&apos;s default applies</source>
        <translation>Décoché&#x202f;: non envoyé, la valeur par défaut du serveur s’applique</translation>
    </message>
    <message>
        <source>Send this prompt as the next turn of every column&apos;s conversation</source>
        <translation>Envoyer ce prompt comme message suivant dans la conversation de chaque colonne</translation>
    </message>
    <message>
        <source>Stop every column (Esc)</source>
        <translation>Arrêter toutes les colonnes (Échap)</translation>
    </message>
    <message>
        <source>No endpoints yet. Add one (Hugging Face Inference Providers, an Inference Endpoint, Ollama, llama.cpp, vLLM, LM Studio, TGI) with “Endpoints…”, or let HubLens detect local servers.</source>
        <translation>Aucun point de terminaison pour l’instant. Ajoutez-en un (Hugging Face Inference Providers, un Inference Endpoint, Ollama, llama.cpp, vLLM, LM Studio, TGI) avec «&#x202f;Points de terminaison…&#x202f;», ou laissez HubLens détecter les serveurs locaux.</translation>
    </message>
    <message>
        <source>&amp;Endpoints…</source>
        <translation>Points de &amp;terminaison…</translation>
    </message>
    <message>
        <source>All columns finished; the runs are saved in the session</source>
        <translation>Toutes les colonnes ont terminé&#x202f;; les exécutions sont enregistrées dans la session</translation>
    </message>
    <message>
        <source>A run could not be saved</source>
        <translation>Impossible d’enregistrer une exécution</translation>
    </message>
    <message>
        <source>Every column needs an endpoint</source>
        <translation>Chaque colonne doit avoir un point de terminaison</translation>
    </message>
    <message>
        <source>Add endpoints with “Endpoints…”, or remove the empty column.</source>
        <translation>Ajoutez des points de terminaison avec «&#x202f;Points de terminaison…&#x202f;», ou supprimez la colonne vide.</translation>
    </message>
    <message>
        <source>Column “%1” has no model</source>
        <translation>La colonne «&#x202f;%1&#x202f;» n’a pas de modèle</translation>
    </message>
    <message>
        <source>Pick a model from the list or type its id.</source>
        <translation>Choisissez un modèle dans la liste ou saisissez son identifiant.</translation>
    </message>
    <message numerus="yes">
        <source>Streaming from %n column(s)…</source>
        <translation>
            <numerusform>Génération en cours dans %Ln&#x202f;colonne…</numerusform>
            <numerusform>Génération en cours dans %Ln&#x202f;colonnes…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Session: &lt;b&gt;%1&lt;/b&gt; — %n run(s)</source>
        <translation>
            <numerusform>Session&#x202f;: &lt;b&gt;%1&lt;/b&gt; — %Ln&#x202f;exécution</numerusform>
            <numerusform>Session&#x202f;: &lt;b&gt;%1&lt;/b&gt; — %Ln&#x202f;exécutions</numerusform>
        </translation>
    </message>
    <message>
        <source>Session: a default session is created on the first run</source>
        <translation>Session&#x202f;: une session par défaut sera créée à la première exécution</translation>
    </message>
    <message>
        <source>&amp;Batch run…</source>
        <translation>Exécution par &amp;lot…</translation>
    </message>
    <message>
        <source>Run a prompt set (a file, a Hub dataset or a typed list) against several endpoints</source>
        <translation>Exécuter un jeu de prompts (un fichier, un jeu de données du Hub ou une liste saisie) sur plusieurs points de terminaison</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Batch finished: %1 ok, %2 failed</source>
        <translation>Lot terminé&#x202f;: %1 OK, %2 en échec</translation>
    </message>
    <message>
        <source>Batch cancelled: %1 of %2 done; resume it later</source>
        <translation>Lot annulé&#x202f;: %1 requêtes sur %2 effectuées&#x202f;; vous pourrez le reprendre plus tard</translation>
    </message>
    <message>
        <source>This session has an unfinished batch: %1 of %2 requests done. Resume it to send the rest; finished results are kept and never sent again.</source>
        <translation>Cette session contient un lot inachevé&#x202f;: %1 requêtes effectuées sur %2. Reprenez-le pour envoyer le reste&#x202f;; les résultats déjà obtenus sont conservés et ne sont jamais renvoyés.</translation>
    </message>
    <message>
        <source>A batch is already running</source>
        <translation>Un lot est déjà en cours d’exécution</translation>
    </message>
    <message>
        <source>The session could not be opened</source>
        <translation>Impossible d’ouvrir la session</translation>
    </message>
    <message>
        <source>This session already has an unfinished batch: resume it, or start the new batch in another session</source>
        <translation>Cette session contient déjà un lot inachevé&#x202f;: reprenez-le, ou lancez le nouveau lot dans une autre session</translation>
    </message>
    <message>
        <source>The batch could not be saved</source>
        <translation>Impossible d’enregistrer le lot</translation>
    </message>
    <message>
        <source>The batch&apos;s endpoint %1 no longer exists; add it again to resume</source>
        <translation>Le point de terminaison %1 du lot n’existe plus&#x202f;; ajoutez-le de nouveau pour reprendre</translation>
    </message>
    <message>
        <source>The batch could not start</source>
        <translation>Impossible de lancer le lot</translation>
    </message>
    <message numerus="yes">
        <source>Batch running: %n request(s) to send</source>
        <translation>
            <numerusform>Lot en cours&#x202f;: %Ln requête à envoyer</numerusform>
            <numerusform>Lot en cours&#x202f;: %Ln requêtes à envoyer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompareRunner</name>
    <message>
        <source>The run of %1 could not be saved: %2</source>
        <translation>Impossible d’enregistrer l’exécution de %1&#x202f;: %2</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
</context>
<context>
    <name>CriteriaText</name>
    <message>
        <source>line %1: expected “metric op value”, such as “mean_rating &gt;= 4”</source>
        <translation>ligne %1&#x202f;: «&#x202f;métrique opérateur valeur&#x202f;» attendu, par exemple «&#x202f;mean_rating &gt;= 4&#x202f;»</translation>
    </message>
    <message>
        <source>line %1: cannot read “%2”; options are written key=value, such as baseline=gpt-4o</source>
        <translation>ligne %1&#x202f;: impossible de lire «&#x202f;%2&#x202f;»&#x202f;; les options s’écrivent clé=valeur, par exemple baseline=gpt-4o</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>&amp;Session:</source>
        <translation>&amp;Session&#x202f;:</translation>
    </message>
    <message>
        <source>Export &amp;report…</source>
        <translation>Exporter le &amp;rapport…</translation>
    </message>
    <message>
        <source>Save the whole dashboard as an HTML page or a PDF to send</source>
        <translation>Enregistrer tout le tableau de bord sous forme de page HTML ou de PDF à envoyer</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidat</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Point de terminaison</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Force</translation>
    </message>
    <message>
        <source>95 % CI</source>
        <translation>IC à 95&#x202f;%</translation>
    </message>
    <message>
        <source>Elo</source>
        <translation>Elo</translation>
    </message>
    <message>
        <source>Wins</source>
        <translation>Victoires</translation>
    </message>
    <message>
        <source>Ties</source>
        <translation>Égalités</translation>
    </message>
    <message>
        <source>Losses</source>
        <translation>Défaites</translation>
    </message>
    <message>
        <source>Both bad</source>
        <translation>Les deux mauvaises</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Taux de victoire</translation>
    </message>
    <message>
        <source>Mean rating (95 % CI)</source>
        <translation>Note moyenne (IC à 95&#x202f;%)</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Interprétation</translation>
    </message>
    <message>
        <source>Shared items</source>
        <translation>Éléments communs</translation>
    </message>
    <message>
        <source>Reviewers</source>
        <translation>Évaluateurs</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Exécutions</translation>
    </message>
    <message>
        <source>TTFT median</source>
        <translation>Médiane TTFT</translation>
    </message>
    <message>
        <source>TTFT p90</source>
        <translation>TTFT p90</translation>
    </message>
    <message>
        <source>TTFT p95</source>
        <translation>TTFT p95</translation>
    </message>
    <message>
        <source>Total median</source>
        <translation>Médiane totale</translation>
    </message>
    <message>
        <source>Total p90</source>
        <translation>Total p90</translation>
    </message>
    <message>
        <source>Total p95</source>
        <translation>Total p95</translation>
    </message>
    <message>
        <source>Tokens/s</source>
        <translation>Tokens/s</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <source>$ / 1k output</source>
        <translation>$ / 1k tokens en sortie</translation>
    </message>
    <message>
        <source>Success criteria</source>
        <translation>Critères de réussite</translation>
    </message>
    <message>
        <source>Leaderboard</source>
        <translation>Classement</translation>
    </message>
    <message>
        <source>Agreement between reviewers</source>
        <translation>Accord entre évaluateurs</translation>
    </message>
    <message>
        <source>Latency, throughput and cost</source>
        <translation>Latence, débit et coût</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>Dessin SVG (*.svg)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <source>Could not save the chart: %1</source>
        <translation>Impossible d’enregistrer le graphique&#x202f;: %1</translation>
    </message>
    <message>
        <source>No session yet — run prompts in Compare, then judge them in Review.</source>
        <translation>Aucune session pour l’instant — exécutez des prompts dans la page Comparer, puis jugez-les dans la page Évaluer.</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Mise à jour…</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation>
            <numerusform>%Ln&#x202f;exécution</numerusform>
            <numerusform>%Ln&#x202f;exécutions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n judgment(s)</source>
        <translation>
            <numerusform>%Ln&#x202f;jugement</numerusform>
            <numerusform>%Ln&#x202f;jugements</numerusform>
        </translation>
    </message>
    <message>
        <source>updated %1</source>
        <translation>mis à jour à %1</translation>
    </message>
    <message>
        <source>No runs in this session yet — run prompts in Compare or a batch, then judge them in Review.</source>
        <translation>Aucune exécution dans cette session pour l’instant — exécutez des prompts dans la page Comparer ou par lot, puis jugez-les dans la page Évaluer.</translation>
    </message>
    <message>
        <source>Strength (points, 95 % CI)</source>
        <translation>Force (points, IC à 95&#x202f;%)</translation>
    </message>
    <message>
        <source>Bradley–Terry strength on an Elo-like scale: 1000 is the average candidate, 400 points mean 10:1 odds</source>
        <translation>Force de Bradley–Terry sur une échelle de type Elo&#x202f;: 1000 correspond au candidat moyen, 400&#x202f;points représentent une cote de 10 contre 1</translation>
    </message>
    <message>
        <source>%1: %2 points (95 % CI %3–%4)
%5 wins, %6 ties, %7 losses · Elo %8</source>
        <translation>%1&#x202f;: %2&#x202f;points (IC à 95&#x202f;% %3–%4)
%5&#x202f;victoires, %6&#x202f;égalités, %7&#x202f;défaites · Elo %8</translation>
    </message>
    <message>
        <source>No ranking yet: judge pairs of outputs in Review (pairwise or rank all)</source>
        <translation>Pas encore de classement&#x202f;: jugez des paires de sorties dans la page Évaluer (par paires ou tout classer)</translation>
    </message>
    <message>
        <source>%1 and %2 are level within their 95 % intervals (%3 vs %4 points)</source>
        <translation>%1 et %2 sont à égalité dans leurs intervalles à 95&#x202f;% (%3 contre %4&#x202f;points)</translation>
    </message>
    <message>
        <source>%1 leads: %2 win rate, %3 points (95 % CI %4–%5)</source>
        <translation>%1 est en tête&#x202f;: taux de victoire %2, %3&#x202f;points (IC à 95&#x202f;% %4–%5)</translation>
    </message>
    <message>
        <source>Win rate between every pair: no pairwise judgments yet</source>
        <translation>Taux de victoire entre chaque paire&#x202f;: aucune comparaison par paires pour l’instant</translation>
    </message>
    <message>
        <source>Win rate between every pair (row against column)</source>
        <translation>Taux de victoire entre chaque paire (ligne contre colonne)</translation>
    </message>
    <message>
        <source>%1: median %2 ms, quartiles %3–%4 ms, whiskers %5–%6 ms
%7 runs, %8 outliers</source>
        <translation>%1&#x202f;: médiane %2&#x202f;ms, quartiles %3–%4&#x202f;ms, moustaches %5–%6&#x202f;ms
%7&#x202f;exécutions, %8&#x202f;valeurs aberrantes</translation>
    </message>
    <message>
        <source>Time to first token (ms)</source>
        <translation>Délai du premier token (ms)</translation>
    </message>
    <message>
        <source>Total time (ms)</source>
        <translation>Temps total (ms)</translation>
    </message>
    <message>
        <source>Time to first token: no successful runs yet</source>
        <translation>Délai du premier token&#x202f;: aucune exécution réussie pour l’instant</translation>
    </message>
    <message>
        <source>Total time: no successful runs yet</source>
        <translation>Temps total&#x202f;: aucune exécution réussie pour l’instant</translation>
    </message>
    <message>
        <source>Fastest first token: %1 (median %2 ms)</source>
        <translation>Premier token le plus rapide&#x202f;: %1 (médiane %2&#x202f;ms)</translation>
    </message>
    <message>
        <source>Fastest answer: %1 (median %2 ms in all)</source>
        <translation>Réponse la plus rapide&#x202f;: %1 (médiane %2&#x202f;ms au total)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 tokens/s (median of %n run(s))</source>
        <translation>
            <numerusform>%1&#x202f;: %2&#x202f;tokens/s (médiane sur %Ln&#x202f;exécution)</numerusform>
            <numerusform>%1&#x202f;: %2&#x202f;tokens/s (médiane sur %Ln&#x202f;exécutions)</numerusform>
        </translation>
    </message>
    <message>
        <source>Output tokens per second (median)</source>
        <translation>Tokens de sortie par seconde (médiane)</translation>
    </message>
    <message>
        <source>Throughput: no measurements yet</source>
        <translation>Débit&#x202f;: aucune mesure pour l’instant</translation>
    </message>
    <message>
        <source>Highest throughput: %1 (%2 tokens/s median)</source>
        <translation>Débit le plus élevé&#x202f;: %1 (médiane %2&#x202f;tokens/s)</translation>
    </message>
    <message numerus="yes">
        <source>%1 rated %2: %n time(s)</source>
        <translation>
            <numerusform>%1 noté %2&#x202f;: %Ln&#x202f;fois</numerusform>
            <numerusform>%1 noté %2&#x202f;: %Ln&#x202f;fois</numerusform>
        </translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Judgments</source>
        <translation>Jugements</translation>
    </message>
    <message>
        <source>Ratings: none yet (rate single outputs in Review)</source>
        <translation>Notes&#x202f;: aucune pour l’instant (notez des sorties individuelles dans la page Évaluer)</translation>
    </message>
    <message>
        <source>Rated highest: %1, mean %2 (95 % CI %3–%4)</source>
        <translation>Meilleure note&#x202f;: %1, moyenne %2 (IC à 95&#x202f;% %3–%4)</translation>
    </message>
    <message>
        <source>Rated highest: %1, mean %2</source>
        <translation>Meilleure note&#x202f;: %1, moyenne %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 labelled “%2”: %n time(s)</source>
        <translation>
            <numerusform>%1 étiqueté «&#x202f;%2&#x202f;»&#x202f;: %Ln&#x202f;fois</numerusform>
            <numerusform>%1 étiqueté «&#x202f;%2&#x202f;»&#x202f;: %Ln&#x202f;fois</numerusform>
        </translation>
    </message>
    <message>
        <source>Labels: none used yet</source>
        <translation>Étiquettes&#x202f;: aucune utilisée pour l’instant</translation>
    </message>
    <message numerus="yes">
        <source>Most used label: “%1” (%n time(s))</source>
        <translation>
            <numerusform>Étiquette la plus utilisée&#x202f;: «&#x202f;%1&#x202f;» (%Ln&#x202f;fois)</numerusform>
            <numerusform>Étiquette la plus utilisée&#x202f;: «&#x202f;%1&#x202f;» (%Ln&#x202f;fois)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2–%3), n = %4</source>
        <translation>%1 (%2–%3), n = %4</translation>
    </message>
    <message>
        <source>%1, n = %2</source>
        <translation>%1, n = %2</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>réussi</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>aucune donnée</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>non valide</translation>
    </message>
    <message numerus="yes">
        <source>Computed from %n rating(s), judgment(s) or run(s)</source>
        <translation>
            <numerusform>Calculé à partir de %Ln&#x202f;note, jugement ou exécution</numerusform>
            <numerusform>Calculé à partir de %Ln&#x202f;notes, jugements ou exécutions</numerusform>
        </translation>
    </message>
    <message>
        <source>Success criteria: none set (add them on the Sessions page)</source>
        <translation>Critères de réussite&#x202f;: aucun défini (ajoutez-en dans la page Sessions)</translation>
    </message>
    <message>
        <source>Success criteria: %1 of %2 met</source>
        <translation>Critères de réussite&#x202f;: %1 sur %2 remplis</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Pairwise outcomes</source>
        <translation>Résultats des comparaisons par paires</translation>
    </message>
    <message>
        <source>Cohen&apos;s kappa</source>
        <translation>Kappa de Cohen</translation>
    </message>
    <message>
        <source>Fleiss&apos; kappa</source>
        <translation>Kappa de Fleiss</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s alpha (ordinal)</source>
        <translation>Alpha de Krippendorff (ordinal)</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s alpha (nominal)</source>
        <translation>Alpha de Krippendorff (nominal)</translation>
    </message>
    <message>
        <source>Agreement between reviewers: needs two or more reviewers judging the same items</source>
        <translation>Accord entre évaluateurs&#x202f;: nécessite au moins deux évaluateurs jugeant les mêmes éléments</translation>
    </message>
    <message>
        <source>Agreement between reviewers (kappa after Landis &amp; Koch, alpha after Krippendorff)</source>
        <translation>Accord entre évaluateurs (kappa selon Landis et Koch, alpha selon Krippendorff)</translation>
    </message>
    <message>
        <source>There is no chart named %1.</source>
        <translation>Aucun graphique nommé %1.</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>HTML page (*.html);;PDF document (*.pdf)</source>
        <translation>Page HTML (*.html);;Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved the report to %1</source>
        <translation>Rapport enregistré dans %1</translation>
    </message>
    <message>
        <source>Could not save the report: %1</source>
        <translation>Impossible d’enregistrer le rapport&#x202f;: %1</translation>
    </message>
    <message>
        <source>Computing the dashboard…</source>
        <translation>Calcul du tableau de bord…</translation>
    </message>
    <message>
        <source>The dashboard could not be updated from the session database.</source>
        <translation>Impossible de mettre à jour le tableau de bord à partir de la base de données des sessions.</translation>
    </message>
    <message>
        <source>Not updated</source>
        <translation>Non mis à jour</translation>
    </message>
    <message>
        <source>The dashboard could not be computed.</source>
        <translation>Impossible de calculer le tableau de bord.</translation>
    </message>
    <message>
        <source>%1 (95 % CI)</source>
        <translation>%1 (IC à 95&#x202f;%)</translation>
    </message>
    <message numerus="yes">
        <source>%1 is ahead (%2 vs %3 points), but %n prompt(s) are too few to say so with confidence</source>
        <translation>
            <numerusform>%1 est en tête (%2 contre %3&#x202f;points), mais %Ln&#x202f;prompt ne suffit pas pour l’affirmer avec certitude</numerusform>
            <numerusform>%1 est en tête (%2 contre %3&#x202f;points), mais %Ln&#x202f;prompts ne suffisent pas pour l’affirmer avec certitude</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatasetPreview</name>
    <message>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Subset</source>
        <translation>Sous-ensemble</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Partition</translation>
    </message>
    <message>
        <source>Loading subsets and splits…</source>
        <translation>Chargement des sous-ensembles et des partitions…</translation>
    </message>
    <message>
        <source>The dataset viewer has no preview for this dataset: %1</source>
        <translation>Le Dataset Viewer ne propose pas d’aperçu de ce jeu de données&#x202f;: %1</translation>
    </message>
    <message>
        <source>No splits are available.</source>
        <translation>Aucune partition disponible.</translation>
    </message>
    <message>
        <source>%1 rows in all subsets · %2 of Parquet files</source>
        <translation>%1&#x202f;lignes au total (tous sous-ensembles confondus) · %2 de fichiers Parquet</translation>
    </message>
    <message>
        <source>Loading rows…</source>
        <translation>Chargement des lignes…</translation>
    </message>
    <message>
        <source>Loading rows of %1…</source>
        <translation>Chargement des lignes de %1…</translation>
    </message>
    <message>
        <source>Could not load rows: %1</source>
        <translation>Impossible de charger les lignes&#x202f;: %1</translation>
    </message>
    <message>
        <source>Rows %1–%2 of %3</source>
        <translation>Lignes %1–%2 sur %3</translation>
    </message>
    <message>
        <source>Rows %1–%2</source>
        <translation>Lignes %1–%2</translation>
    </message>
</context>
<context>
    <name>DvRowsModel</name>
    <message>
        <source>[image %1×%2]</source>
        <translation>[image %1×%2]</translation>
    </message>
    <message>
        <source>[file]</source>
        <translation>[fichier]</translation>
    </message>
    <message>
        <source>[audio]</source>
        <translation>[audio]</translation>
    </message>
    <message>
        <source> [truncated by the server]</source>
        <translation> [tronqué par le serveur]</translation>
    </message>
</context>
<context>
    <name>EndpointListModel</name>
    <message>
        <source>Hugging Face token</source>
        <translation>Token Hugging Face</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>Trousseau</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Default model</source>
        <translation>Modèle par défaut</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
</context>
<context>
    <name>EndpointService</name>
    <message>
        <source>The environment variable %1, which holds the key of %2, is not set</source>
        <translation>La variable d’environnement %1, qui contient la clé de %2, n’est pas définie</translation>
    </message>
    <message>
        <source>%1 is not reachable: %2</source>
        <translation>%1 est injoignable&#x202f;: %2</translation>
    </message>
    <message>
        <source>The server rejected the key (HTTP %1)</source>
        <translation>Le serveur a refusé la clé (HTTP %1)</translation>
    </message>
    <message>
        <source>The server needs a key (HTTP %1)</source>
        <translation>Le serveur exige une clé (HTTP %1)</translation>
    </message>
    <message>
        <source>Reachable, but listing models failed with HTTP %1</source>
        <translation>Joignable, mais la récupération de la liste des modèles a échoué (HTTP %1)</translation>
    </message>
    <message numerus="yes">
        <source>Reachable; %n model(s) available</source>
        <translation>
            <numerusform>Joignable&#x202f;; %Ln&#x202f;modèle disponible</numerusform>
            <numerusform>Joignable&#x202f;; %Ln&#x202f;modèles disponibles</numerusform>
        </translation>
    </message>
    <message>
        <source>Reachable, but the model list could not be read: %1</source>
        <translation>Joignable, mais la liste des modèles est illisible&#x202f;: %1</translation>
    </message>
</context>
<context>
    <name>EndpointStore</name>
    <message>
        <source>“%1” is not a valid endpoint name: use letters, digits, &apos;.&apos;, &apos;-&apos; or &apos;_&apos; (up to 64)</source>
        <translation>«&#x202f;%1&#x202f;» n’est pas un nom de point de terminaison valide&#x202f;: utilisez des lettres, des chiffres, «&#x202f;.&#x202f;», «&#x202f;-&#x202f;» ou «&#x202f;_&#x202f;» (64&#x202f;caractères au maximum)</translation>
    </message>
    <message>
        <source>Endpoint %1: %2</source>
        <translation>Point de terminaison %1&#x202f;: %2</translation>
    </message>
    <message>
        <source>Endpoint %1: the timeouts must be positive</source>
        <translation>Point de terminaison %1&#x202f;: les délais doivent être positifs</translation>
    </message>
    <message>
        <source>An endpoint named “%1” already exists</source>
        <translation>Un point de terminaison nommé «&#x202f;%1&#x202f;» existe déjà</translation>
    </message>
    <message>
        <source>No endpoint with id %1</source>
        <translation>Aucun point de terminaison avec l’identifiant %1</translation>
    </message>
    <message>
        <source>No endpoint named “%1”</source>
        <translation>Aucun point de terminaison nommé «&#x202f;%1&#x202f;»</translation>
    </message>
</context>
<context>
    <name>Endpoints</name>
    <message>
        <source>Hugging Face Inference Providers</source>
        <translation>Hugging Face Inference Providers</translation>
    </message>
    <message>
        <source>Hugging Face Inference Endpoint</source>
        <translation>Hugging Face Inference Endpoint</translation>
    </message>
    <message>
        <source>OpenAI-compatible server</source>
        <translation>Serveur compatible OpenAI</translation>
    </message>
    <message>
        <source>Text Generation Inference</source>
        <translation>Text Generation Inference</translation>
    </message>
    <message>
        <source>Ollama</source>
        <translation>Ollama</translation>
    </message>
    <message>
        <source>Not a valid URL</source>
        <translation>URL non valide</translation>
    </message>
    <message>
        <source>The URL must start with http:// or https://</source>
        <translation>L’URL doit commencer par http:// ou https://</translation>
    </message>
    <message>
        <source>Put the API key in the key field, not in the URL: URLs are stored and shown in plain text</source>
        <translation>Saisissez la clé d’API dans le champ «&#x202f;Clé d’API&#x202f;», pas dans l’URL&#x202f;: les URL sont enregistrées et affichées en clair</translation>
    </message>
</context>
<context>
    <name>EndpointsDialog</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Tester</translation>
    </message>
    <message>
        <source>&amp;Detect local servers</source>
        <translation>&amp;Détecter les serveurs locaux</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>Points de terminaison</translation>
    </message>
    <message>
        <source>https://… or http://127.0.0.1:PORT</source>
        <translation>https://… ou http://127.0.0.1:PORT</translation>
    </message>
    <message>
        <source>e.g. meta-llama/Llama-3.1-8B-Instruct or llama3.2</source>
        <translation>p.&#x202f;ex. meta-llama/Llama-3.1-8B-Instruct ou llama3.2</translation>
    </message>
    <message>
        <source>Kept in the system keychain; leave empty to keep the saved one</source>
        <translation>Conservée dans le trousseau système&#x202f;; laissez vide pour garder la clé enregistrée</translation>
    </message>
    <message>
        <source>or the name of an environment variable holding it</source>
        <translation>ou le nom d’une variable d’environnement qui la contient</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source> s</source>
        <translation>&#x202f;s</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>N&amp;om</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>T&amp;ype</translation>
    </message>
    <message>
        <source>&amp;URL</source>
        <translation>&amp;URL</translation>
    </message>
    <message>
        <source>Default &amp;model</source>
        <translation>&amp;Modèle par défaut</translation>
    </message>
    <message>
        <source>API &amp;key</source>
        <translation>&amp;Clé d’API</translation>
    </message>
    <message>
        <source>Key from &amp;variable</source>
        <translation>Clé depuis une &amp;variable</translation>
    </message>
    <message>
        <source>in /</source>
        <translation>en entrée /</translation>
    </message>
    <message>
        <source>out per 1M tokens</source>
        <translation>en sortie, par million de tokens</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Wait for a cold start</source>
        <translation>Attente d’un démarrage à froid</translation>
    </message>
    <message>
        <source>Stall timeout</source>
        <translation>Délai d’inactivité</translation>
    </message>
    <message>
        <source>Hugging Face endpoints use your Hugging Face token (Settings), sent only to Hugging Face hosts</source>
        <translation>Les points de terminaison Hugging Face utilisent votre token Hugging Face (Préférences), envoyé uniquement aux hôtes Hugging Face</translation>
    </message>
    <message>
        <source>Saved, but the key could not be stored: %1</source>
        <translation>Enregistré, mais la clé n’a pas pu être stockée&#x202f;: %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <source>Removed %1; its past runs keep its name</source>
        <translation>%1 supprimé&#x202f;; ses exécutions passées conservent son nom</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>Test de %1…</translation>
    </message>
    <message>
        <source>Looking for local servers on 127.0.0.1…</source>
        <translation>Recherche de serveurs locaux sur 127.0.0.1…</translation>
    </message>
    <message numerus="yes">
        <source>%1 at %2 — %n model(s); double-click to add</source>
        <translation>
            <numerusform>%1 sur %2 — %Ln&#x202f;modèle&#x202f;; double-cliquez pour l’ajouter</numerusform>
            <numerusform>%1 sur %2 — %Ln&#x202f;modèles&#x202f;; double-cliquez pour l’ajouter</numerusform>
        </translation>
    </message>
    <message>
        <source>No local inference server answered (Ollama 11434, llama.cpp 8080/9931, LM Studio 1234, vLLM 8000, TGI 3000).</source>
        <translation>Aucun serveur d’inférence local n’a répondu (Ollama 11434, llama.cpp 8080/9931, LM Studio 1234, vLLM 8000, TGI 3000).</translation>
    </message>
    <message numerus="yes">
        <source>Found %n server(s).</source>
        <translation>
            <numerusform>%Ln&#x202f;serveur trouvé.</numerusform>
            <numerusform>%Ln&#x202f;serveurs trouvés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExplorePage</name>
    <message>
        <source>Models</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>Datasets</source>
        <translation>Jeux de données</translation>
    </message>
    <message>
        <source>Search the Hub (/ or Ctrl+F)</source>
        <translation>Rechercher sur le Hub (/ ou Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Sort</source>
        <translation>Trier</translation>
    </message>
    <message>
        <source>Trending</source>
        <translation>Tendances</translation>
    </message>
    <message>
        <source>Most downloads</source>
        <translation>Plus téléchargés</translation>
    </message>
    <message>
        <source>Most likes</source>
        <translation>Plus aimés</translation>
    </message>
    <message>
        <source>Recently updated</source>
        <translation>Mis à jour récemment</translation>
    </message>
    <message>
        <source>Recently created</source>
        <translation>Créés récemment</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Chargement</translation>
    </message>
    <message>
        <source>Loading datasets…</source>
        <translation>Chargement des jeux de données…</translation>
    </message>
    <message>
        <source>Loading models…</source>
        <translation>Chargement des modèles…</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Any task</source>
        <translation>Toutes tâches</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <source>Any library</source>
        <translation>Toutes bibliothèques</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Toutes langues</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Any license</source>
        <translation>Toutes licences</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Accès</translation>
    </message>
    <message>
        <source>Gated or not</source>
        <translation>Restreint ou non</translation>
    </message>
    <message>
        <source>Not gated</source>
        <translation>Accès libre</translation>
    </message>
    <message>
        <source>Gated only</source>
        <translation>Accès restreint</translation>
    </message>
    <message>
        <source>Inference providers</source>
        <translation>Fournisseurs d’inférence</translation>
    </message>
    <message>
        <source>Any serving</source>
        <translation>Servi ou non</translation>
    </message>
    <message>
        <source>Served by a provider</source>
        <translation>Servi par un fournisseur</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Any size</source>
        <translation>Toutes tailles</translation>
    </message>
    <message>
        <source>&lt; 1B</source>
        <translation>&lt; 1B</translation>
    </message>
    <message>
        <source>1B – 8B</source>
        <translation>1B – 8B</translation>
    </message>
    <message>
        <source>8B – 32B</source>
        <translation>8B – 32B</translation>
    </message>
    <message>
        <source>32B – 128B</source>
        <translation>32B – 128B</translation>
    </message>
    <message>
        <source>&gt; 128B</source>
        <translation>&gt; 128B</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Toutes catégories</translation>
    </message>
    <message>
        <source>No results. Try fewer filters or another search.</source>
        <translation>Aucun résultat. Essayez avec moins de filtres ou une autre recherche.</translation>
    </message>
    <message numerus="yes">
        <source>%n dataset(s) loaded</source>
        <translation>
            <numerusform>%Ln&#x202f;jeu de données chargé</numerusform>
            <numerusform>%Ln&#x202f;jeux de données chargés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) loaded</source>
        <translation>
            <numerusform>%Ln&#x202f;modèle chargé</numerusform>
            <numerusform>%Ln&#x202f;modèles chargés</numerusform>
        </translation>
    </message>
    <message>
        <source> · more available</source>
        <translation> · d’autres résultats disponibles</translation>
    </message>
    <message>
        <source> · end of results</source>
        <translation> · fin des résultats</translation>
    </message>
    <message>
        <source> · cached %1</source>
        <translation> · mis en cache %1</translation>
    </message>
    <message>
        <source>Offline (HF_HUB_OFFLINE). Showing cached results from %1.</source>
        <translation>Hors ligne (HF_HUB_OFFLINE). Affichage des résultats mis en cache %1.</translation>
    </message>
    <message>
        <source>The Hub could not be reached (%1). Showing cached results from %2.</source>
        <translation>Impossible de joindre le Hub (%1). Affichage des résultats mis en cache %2.</translation>
    </message>
    <message numerus="yes">
        <source>The Hub&apos;s rate limit was reached. It resets in %n second(s); sign in with a token for higher limits.</source>
        <translation>
            <numerusform>La limite de débit du Hub est atteinte. Elle sera réinitialisée dans %Ln&#x202f;seconde&#x202f;; connectez-vous avec un token pour bénéficier de limites plus élevées.</numerusform>
            <numerusform>La limite de débit du Hub est atteinte. Elle sera réinitialisée dans %Ln&#x202f;secondes&#x202f;; connectez-vous avec un token pour bénéficier de limites plus élevées.</numerusform>
        </translation>
    </message>
    <message>
        <source>The Hub&apos;s rate limit was reached. Try again in a few minutes; sign in with a token for higher limits.</source>
        <translation>La limite de débit du Hub est atteinte. Réessayez dans quelques minutes&#x202f;; connectez-vous avec un token pour bénéficier de limites plus élevées.</translation>
    </message>
    <message>
        <source>Offline (HF_HUB_OFFLINE) and these results were never loaded before.</source>
        <translation>Hors ligne (HF_HUB_OFFLINE), et ces résultats n’ont encore jamais été chargés.</translation>
    </message>
    <message>
        <source>The Hub could not be reached: %1. Check your connection.</source>
        <translation>Impossible de joindre le Hub&#x202f;: %1. Vérifiez votre connexion.</translation>
    </message>
    <message>
        <source>Your Hugging Face token was rejected. Update it in Settings.</source>
        <translation>Votre token Hugging Face a été refusé. Mettez-le à jour dans les Préférences.</translation>
    </message>
    <message>
        <source>The Hub had a problem (%1). Try again in a moment.</source>
        <translation>Le Hub a rencontré un problème (%1). Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The Hub did not accept this search: %1</source>
        <translation>Le Hub a refusé cette recherche&#x202f;: %1</translation>
    </message>
    <message>
        <source>Could not load results: %1</source>
        <translation>Impossible de charger les résultats&#x202f;: %1</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>request %1</source>
        <translation>requête %1</translation>
    </message>
    <message>
        <source>Added %1 to the candidates</source>
        <translation>%1 ajouté aux candidats</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>just now</source>
        <translation>à l’instant</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>il y a %Ln&#x202f;minute</numerusform>
            <numerusform>il y a %Ln&#x202f;minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>il y a %Ln&#x202f;heure</numerusform>
            <numerusform>il y a %Ln&#x202f;heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>il y a %Ln&#x202f;jour</numerusform>
            <numerusform>il y a %Ln&#x202f;jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) ago</source>
        <translation>
            <numerusform>il y a %Ln&#x202f;mois</numerusform>
            <numerusform>il y a %Ln&#x202f;mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) ago</source>
        <translation>
            <numerusform>il y a %Ln&#x202f;an</numerusform>
            <numerusform>il y a %Ln&#x202f;ans</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HeatmapView</name>
    <message>
        <source>%1 vs %2: not compared yet</source>
        <translation>%1 contre %2&#x202f;: pas encore comparés</translation>
    </message>
    <message>
        <source>%1 vs %2: win rate %3
%4 wins, %5 ties, %6 losses</source>
        <translation>%1 contre %2&#x202f;: taux de victoire %3
%4&#x202f;victoires, %5&#x202f;égalités, %6&#x202f;défaites</translation>
    </message>
    <message>
        <source>No pairwise judgments yet</source>
        <translation>Aucune comparaison par paires pour l’instant</translation>
    </message>
</context>
<context>
    <name>JudgmentStore</name>
    <message>
        <source>A judgment needs a reviewer name</source>
        <translation>Un jugement doit porter le nom de son évaluateur</translation>
    </message>
    <message>
        <source>There is no run %1</source>
        <translation>L’exécution %1 n’existe pas</translation>
    </message>
    <message>
        <source>A pairwise judgment needs two different runs</source>
        <translation>Une comparaison par paire nécessite deux exécutions différentes</translation>
    </message>
    <message>
        <source>There is no run %1 or no run %2</source>
        <translation>L’exécution %1 ou l’exécution %2 n’existe pas</translation>
    </message>
    <message>
        <source>Runs %1 and %2 answer different prompts</source>
        <translation>Les exécutions %1 et %2 répondent à des prompts différents</translation>
    </message>
    <message>
        <source>A decision needs some text</source>
        <translation>Une décision doit comporter un texte</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>HubLens</source>
        <translation>HubLens</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Candidates</source>
        <translation>&amp;Candidats</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;About HubLens</source>
        <translation>À &amp;propos de HubLens</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Candidate &amp;grid…</source>
        <translation>&amp;Grille des candidats…</translation>
    </message>
</context>
<context>
    <name>RepoDetailView</name>
    <message>
        <source>Add to candidates</source>
        <translation>Ajouter aux candidats</translation>
    </message>
    <message>
        <source>Open on the Hub</source>
        <translation>Ouvrir sur le Hub</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Jeu de données</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Partition</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Métrique</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Provider&apos;s model id</source>
        <translation>ID chez le fournisseur</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Stockage</translation>
    </message>
    <message>
        <source>Quantisation</source>
        <translation>Quantification</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>Select a repository to see its card, metadata and files.</source>
        <translation>Sélectionnez un dépôt pour afficher sa fiche, ses métadonnées et ses fichiers.</translation>
    </message>
    <message>
        <source>Add this model to the candidate list (Ctrl+Enter)</source>
        <translation>Ajouter ce modèle à la liste des candidats (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Inference providers</source>
        <translation>Fournisseurs d’inférence</translation>
    </message>
    <message>
        <source>Evaluation results (model-index)</source>
        <translation>Résultats d’évaluation (model-index)</translation>
    </message>
    <message>
        <source>GGUF quantisations</source>
        <translation>Quantifications GGUF</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Loading the card…</source>
        <translation>Chargement de la fiche…</translation>
    </message>
    <message>
        <source>Loading files…</source>
        <translation>Chargement des fichiers…</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Chargement de %1…</translation>
    </message>
    <message>
        <source>details</source>
        <translation>les détails</translation>
    </message>
    <message>
        <source>This repository has no card (README.md).</source>
        <translation>Ce dépôt n’a pas de fiche (README.md).</translation>
    </message>
    <message>
        <source>The card could not be loaded: %1</source>
        <translation>Impossible de charger la fiche&#x202f;: %1</translation>
    </message>
    <message>
        <source>The file list could not be loaded: %1</source>
        <translation>Impossible de charger la liste des fichiers&#x202f;: %1</translation>
    </message>
    <message>
        <source>Could not load the %1: %2</source>
        <translation>Impossible de charger %1&#x202f;: %2</translation>
    </message>
    <message>
        <source>HTTP %1 · %2</source>
        <translation>HTTP %1 · %2</translation>
    </message>
    <message>
        <source>License: %1</source>
        <translation>Licence&#x202f;: %1</translation>
    </message>
    <message>
        <source>🔒 Gated (%1)</source>
        <translation>🔒 Accès restreint (%1)</translation>
    </message>
    <message>
        <source>manual approval</source>
        <translation>approbation manuelle</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automatique</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privé</translation>
    </message>
    <message numerus="yes">
        <source>Served by %n provider(s)</source>
        <translation>
            <numerusform>Servi par %Ln&#x202f;fournisseur</numerusform>
            <numerusform>Servi par %Ln&#x202f;fournisseurs</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 parameters</source>
        <translation>%1&#x202f;paramètres</translation>
    </message>
    <message>
        <source>↓ %1</source>
        <translation>↓ %1</translation>
    </message>
    <message>
        <source>♥ %1</source>
        <translation>♥ %1</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Gated</source>
        <translation>Accès restreint</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Yes, manual approval</source>
        <translation>Oui, approbation manuelle</translation>
    </message>
    <message>
        <source>Yes, automatic approval</source>
        <translation>Oui, approbation automatique</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <source>Base model</source>
        <translation>Modèle de base</translation>
    </message>
    <message>
        <source>Datasets</source>
        <translation>Jeux de données</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Context length</source>
        <translation>Longueur de contexte</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Architecture</translation>
    </message>
    <message>
        <source>Chat template</source>
        <translation>Template de chat</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Task categories</source>
        <translation>Catégories de tâches</translation>
    </message>
    <message>
        <source>Size category</source>
        <translation>Catégorie de taille</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Downloads (30 days)</source>
        <translation>Téléchargements (30&#x202f;jours)</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>J’aime</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Révision</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), %1 in total</source>
        <translation>
            <numerusform>%Ln&#x202f;fichier, %1 au total</numerusform>
            <numerusform>%Ln&#x202f;fichiers, %1 au total</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1&#x202f;octets</translation>
    </message>
</context>
<context>
    <name>RepoListModel</name>
    <message>
        <source>Repository</source>
        <translation>Dépôt</translation>
    </message>
    <message>
        <source>Task category</source>
        <translation>Catégorie de tâche</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Téléchargements</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>J’aime</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Licence</translation>
    </message>
</context>
<context>
    <name>ReviewController</name>
    <message>
        <source>Saved: A is better</source>
        <translation>Enregistré&#x202f;: A est meilleure</translation>
    </message>
    <message>
        <source>Saved: B is better</source>
        <translation>Enregistré&#x202f;: B est meilleure</translation>
    </message>
    <message>
        <source>Saved: a tie</source>
        <translation>Enregistré&#x202f;: égalité</translation>
    </message>
    <message>
        <source>Saved: both are bad</source>
        <translation>Enregistré&#x202f;: les deux sont mauvaises</translation>
    </message>
    <message>
        <source>Ratings in this session go from %1 to %2</source>
        <translation>Dans cette session, les notes vont de %1 à %2</translation>
    </message>
    <message>
        <source>Saved: rated %1</source>
        <translation>Enregistré&#x202f;: note %1</translation>
    </message>
    <message>
        <source>Saved: rated %1 (%2)</source>
        <translation>Enregistré&#x202f;: note %1 (%2)</translation>
    </message>
    <message>
        <source>“%1” is not one of this session’s labels: %2</source>
        <translation>«&#x202f;%1&#x202f;» ne fait pas partie des étiquettes de cette session&#x202f;: %2</translation>
    </message>
    <message>
        <source>Saved: no labels</source>
        <translation>Enregistré&#x202f;: aucune étiquette</translation>
    </message>
    <message>
        <source>Saved: labels %1</source>
        <translation>Enregistré&#x202f;: étiquettes %1</translation>
    </message>
    <message>
        <source>Saved: note removed</source>
        <translation>Enregistré&#x202f;: remarque supprimée</translation>
    </message>
    <message>
        <source>Saved: note</source>
        <translation>Enregistré&#x202f;: remarque</translation>
    </message>
    <message>
        <source>Saved: flagged</source>
        <translation>Enregistré&#x202f;: signalée</translation>
    </message>
    <message>
        <source>Saved: flag removed</source>
        <translation>Enregistré&#x202f;: signalement retiré</translation>
    </message>
    <message>
        <source>ranked %1 of %2</source>
        <translation>rang %1 sur %2</translation>
    </message>
    <message>
        <source>Saved: ranked %1</source>
        <translation>Enregistré&#x202f;: classement %1</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Annulé</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>%1 ms</source>
        <translation>%1&#x202f;ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1&#x202f;s</translation>
    </message>
    <message>
        <source>TTFT %1</source>
        <translation>TTFT %1</translation>
    </message>
    <message>
        <source>total %1</source>
        <translation>total %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln token(s)</source>
        <translation>
            <numerusform>%Ln&#x202f;token</numerusform>
            <numerusform>%Ln&#x202f;tokens</numerusform>
        </translation>
    </message>
    <message>
        <source>via %1</source>
        <translation>via %1</translation>
    </message>
    <message>
        <source>finish: %1</source>
        <translation>fin&#x202f;: %1</translation>
    </message>
    <message>
        <source>&amp;Blind</source>
        <translation>À l’&amp;aveugle</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Signaler</translation>
    </message>
    <message>
        <source>U  Undo</source>
        <translation>U  Annuler</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Disposition</translation>
    </message>
    <message>
        <source>Single output</source>
        <translation>Sortie unique</translation>
    </message>
    <message>
        <source>Pairwise</source>
        <translation>Par paires</translation>
    </message>
    <message>
        <source>Rank all</source>
        <translation>Tout classer</translation>
    </message>
    <message>
        <source>Hide endpoints and models and shuffle positions until you have judged the item</source>
        <translation>Masquer les points de terminaison et les modèles et mélanger les positions jusqu’à ce que vous ayez jugé l’élément</translation>
    </message>
    <message>
        <source>Change the name your judgments are saved under</source>
        <translation>Modifier le nom sous lequel vos jugements sont enregistrés</translation>
    </message>
    <message>
        <source>Review progress</source>
        <translation>Progression de l’évaluation</translation>
    </message>
    <message>
        <source>&amp;Session:</source>
        <translation>&amp;Session&#x202f;:</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>&amp;Disposition&#x202f;:</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>Reviewer name</source>
        <translation>Nom de l’évaluateur</translation>
    </message>
    <message>
        <source>Who is reviewing? Your name is saved with every judgment you make, and you get your own queue; nobody else&apos;s judgments are changed.</source>
        <translation>Qui évalue&#x202f;? Votre nom est enregistré avec chacun de vos jugements, et vous avez votre propre file d’attente&#x202f;; les jugements des autres ne sont pas modifiés.</translation>
    </message>
    <message>
        <source>Start reviewing</source>
        <translation>Commencer l’évaluation</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>File d’attente</translation>
    </message>
    <message>
        <source>L  labels, comma-separated</source>
        <translation>L  étiquettes, séparées par des virgules</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>N  note</source>
        <translation>N  remarque</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Flag this output for a closer look (counts as judged)</source>
        <translation>Signaler cette sortie pour un examen plus attentif (elle compte comme jugée)</translation>
    </message>
    <message>
        <source>A  left is better</source>
        <translation>A  gauche l’emporte</translation>
    </message>
    <message>
        <source>B  right is better</source>
        <translation>B  droite l’emporte</translation>
    </message>
    <message>
        <source>T  tie</source>
        <translation>T  égalité</translation>
    </message>
    <message>
        <source>X  both bad</source>
        <translation>X  les deux mauvaises</translation>
    </message>
    <message>
        <source>N  reason (optional)</source>
        <translation>N  motif (facultatif)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Press the letters from best to worst; Backspace starts again.</source>
        <translation>Appuyez sur les lettres de la meilleure à la moins bonne sortie&#x202f;; Retour arrière recommence depuis le début.</translation>
    </message>
    <message>
        <source>K  Previous</source>
        <translation>K  Précédent</translation>
    </message>
    <message>
        <source>J  Next</source>
        <translation>J  Suivant</translation>
    </message>
    <message>
        <source>Last action</source>
        <translation>Dernière action</translation>
    </message>
    <message>
        <source>Reviewer: not chosen</source>
        <translation>Évaluateur&#x202f;: non choisi</translation>
    </message>
    <message>
        <source>Reviewer: %1</source>
        <translation>Évaluateur&#x202f;: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#x202f;: %2</translation>
    </message>
    <message>
        <source>Rate %1</source>
        <translation>Noter %1</translation>
    </message>
    <message>
        <source>This session&apos;s labels: %1</source>
        <translation>Étiquettes de cette session&#x202f;: %1</translation>
    </message>
    <message>
        <source>Any labels, separated by commas</source>
        <translation>Étiquettes libres, séparées par des virgules</translation>
    </message>
    <message>
        <source>Response %1</source>
        <translation>Réponse %1</translation>
    </message>
    <message>
        <source>Choose your reviewer name above to start.</source>
        <translation>Choisissez votre nom d’évaluateur ci-dessus pour commencer.</translation>
    </message>
    <message>
        <source>No sessions yet. Run prompts in Compare: every run is saved in a session, ready for review here.</source>
        <translation>Aucune session pour l’instant. Exécutez des prompts dans la page Comparer&#x202f;: chaque exécution est enregistrée dans une session, prête à être évaluée ici.</translation>
    </message>
    <message>
        <source>Nothing to compare in this session yet: pairwise and ranked review need at least two outputs of the same prompt. Run a prompt against several endpoints in Compare.</source>
        <translation>Rien à comparer dans cette session pour l’instant&#x202f;: l’évaluation par paires et le classement nécessitent au moins deux sorties du même prompt. Exécutez un prompt sur plusieurs points de terminaison dans la page Comparer.</translation>
    </message>
    <message>
        <source>Nothing to review in this session yet. Run prompts in Compare.</source>
        <translation>Rien à évaluer dans cette session pour l’instant. Exécutez des prompts dans la page Comparer.</translation>
    </message>
    <message>
        <source>System: %1

%2</source>
        <translation>Système&#x202f;: %1

%2</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>⚠ This output names its maker (“%1”): blindness may be broken.</source>
        <translation>⚠ Cette sortie nomme son créateur («&#x202f;%1&#x202f;»)&#x202f;: l’évaluation à l’aveugle est peut-être compromise.</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>%1  pick next</source>
        <translation>%1  choisir ensuite</translation>
    </message>
    <message>
        <source>Ranked: %1</source>
        <translation>Classement&#x202f;: %1</translation>
    </message>
    <message>
        <source>You have judged %1 of the %2 items in your queue</source>
        <translation>Vous avez jugé %1 des %2 éléments de votre file d’attente</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>RunStore</name>
    <message>
        <source>Default session</source>
        <translation>Session par défaut</translation>
    </message>
    <message>
        <source>A session needs a name</source>
        <translation>Une session doit avoir un nom</translation>
    </message>
    <message>
        <source>“%1” is in the trash: restore it or choose another name</source>
        <translation>«&#x202f;%1&#x202f;» est dans la corbeille&#x202f;: restaurez-la ou choisissez un autre nom</translation>
    </message>
    <message>
        <source>There is no session %1</source>
        <translation>La session %1 n’existe pas</translation>
    </message>
    <message>
        <source>There is already a session named “%1”</source>
        <translation>Une session nommée «&#x202f;%1&#x202f;» existe déjà</translation>
    </message>
    <message>
        <source>The session “%1” could not be created</source>
        <translation>Impossible de créer la session «&#x202f;%1&#x202f;»</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>Cannot read the secrets file %1: %2</source>
        <translation>Impossible de lire le fichier des secrets %1&#x202f;: %2</translation>
    </message>
    <message>
        <source>The secrets file %1 is damaged (not a JSON object); delete it and save the secrets again</source>
        <translation>Le fichier des secrets %1 est endommagé (ce n’est pas un objet JSON)&#x202f;; supprimez-le et enregistrez de nouveau les secrets</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>Impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>Cannot write the secrets file %1: %2</source>
        <translation>Impossible d’écrire le fichier des secrets %1&#x202f;: %2</translation>
    </message>
    <message>
        <source>Cannot restrict the permissions of %1</source>
        <translation>Impossible de restreindre les permissions de %1</translation>
    </message>
</context>
<context>
    <name>SessionListModel</name>
    <message>
        <source>Deleted for good on %1 unless restored</source>
        <translation>Sera supprimée définitivement le %1 si elle n’est pas restaurée</translation>
    </message>
    <message>
        <source>In the trash</source>
        <translation>Dans la corbeille</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivée</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation>Prompts</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Exécutions</translation>
    </message>
    <message>
        <source>Judgments</source>
        <translation>Jugements</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>SessionsPage</name>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nouvelle…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Reno&amp;mmer…</translation>
    </message>
    <message>
        <source>D&amp;uplicate…</source>
        <translation>&amp;Dupliquer…</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archiver</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>Delete for &amp;good…</source>
        <translation>Supprimer dé&amp;finitivement…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Re&amp;view</source>
        <translation>É&amp;valuer</translation>
    </message>
    <message>
        <source>Continue in &amp;Compare</source>
        <translation>Continuer dans &amp;Comparer</translation>
    </message>
    <message>
        <source>Search prompts, outputs, notes and reasons</source>
        <translation>Rechercher dans les prompts, les sorties, les remarques et les motifs</translation>
    </message>
    <message>
        <source>Search sessions</source>
        <translation>Rechercher dans les sessions</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Active sessions</source>
        <translation>Sessions actives</translation>
    </message>
    <message>
        <source>Active and archived</source>
        <translation>Actives et archivées</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Corbeille</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de recherche</translation>
    </message>
    <message>
        <source>Save the session as JSONL (every run with its prompt and judgments), CSV (for spreadsheets) or a bundle (an SQLite file another reviewer can import)</source>
        <translation>Enregistrer la session au format JSONL (chaque exécution avec son prompt et ses jugements), CSV (pour les tableurs) ou sous forme de paquet (un fichier SQLite qu’un autre évaluateur peut importer)</translation>
    </message>
    <message>
        <source>Merge a JSONL export or a bundle: another reviewer&apos;s judgments are added, nothing is duplicated</source>
        <translation>Fusionner un export JSONL ou un paquet&#x202f;: les jugements d’un autre évaluateur sont ajoutés, sans aucun doublon</translation>
    </message>
    <message>
        <source>What is this evaluation for? (e.g. pick a summariser for support tickets)</source>
        <translation>À quoi sert cette évaluation&#x202f;? (p.&#x202f;ex. choisir un modèle de résumé pour les tickets de support)</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Lowest rating</source>
        <translation>Note la plus basse</translation>
    </message>
    <message>
        <source>Highest rating</source>
        <translation>Note la plus haute</translation>
    </message>
    <message>
        <source>e.g. unusable | poor | fair | good | excellent</source>
        <translation>p.&#x202f;ex. inutilisable | médiocre | passable | bon | excellent</translation>
    </message>
    <message>
        <source>e.g. hallucination, off-topic, too long (empty: any label)</source>
        <translation>p.&#x202f;ex. hallucination, hors sujet, trop long (vide&#x202f;: étiquettes libres)</translation>
    </message>
    <message>
        <source>One per line, e.g.
mean_rating &gt;= 4
win_rate &gt;= 60 baseline=gpt-4o
p95_latency_ms &lt;= 2000
error_rate &lt;= 2
cost_per_1k_output_tokens &lt;= 0.5</source>
        <translation>Un critère par ligne, p.&#x202f;ex.
mean_rating &gt;= 4
win_rate &gt;= 60 baseline=gpt-4o
p95_latency_ms &lt;= 2000
error_rate &lt;= 2
cost_per_1k_output_tokens &lt;= 0.5</translation>
    </message>
    <message>
        <source>Success criteria results</source>
        <translation>Résultats des critères de réussite</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Point de terminaison</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Enregistrer les paramètres</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>&amp;Objectif&#x202f;:</translation>
    </message>
    <message>
        <source>Rating &amp;scale:</source>
        <translation>Échelle de no&amp;tation&#x202f;:</translation>
    </message>
    <message>
        <source>&amp;Anchors:</source>
        <translation>Re&amp;pères&#x202f;:</translation>
    </message>
    <message>
        <source>&amp;Labels:</source>
        <translation>Éti&amp;quettes&#x202f;:</translation>
    </message>
    <message>
        <source>Success &amp;criteria:</source>
        <translation>Critères de ré&amp;ussite&#x202f;:</translation>
    </message>
    <message>
        <source>Decision log</source>
        <translation>Journal des décisions</translation>
    </message>
    <message>
        <source>What was decided, and why</source>
        <translation>Ce qui a été décidé, et pourquoi</translation>
    </message>
    <message>
        <source>New decision</source>
        <translation>Nouvelle décision</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Consigner</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Nouvelle session</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#x202f;:</translation>
    </message>
    <message>
        <source>Rename session</source>
        <translation>Renommer la session</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nouveau nom&#x202f;:</translation>
    </message>
    <message>
        <source>Duplicate session</source>
        <translation>Dupliquer la session</translation>
    </message>
    <message>
        <source>Name of the copy (its prompts and runs are copied; judgments are not):</source>
        <translation>Nom de la copie (ses prompts et ses exécutions sont copiés, pas les jugements)&#x202f;:</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <source>CSV for spreadsheets (*.csv)</source>
        <translation>CSV pour tableurs (*.csv)</translation>
    </message>
    <message>
        <source>HubLens bundle (*.hublens)</source>
        <translation>Paquet HubLens (*.hublens)</translation>
    </message>
    <message>
        <source>Export session</source>
        <translation>Exporter la session</translation>
    </message>
    <message>
        <source>Import sessions</source>
        <translation>Importer des sessions</translation>
    </message>
    <message>
        <source>HubLens exports (*.jsonl *.hublens);;All files (*)</source>
        <translation>Exports HubLens (*.jsonl *.hublens);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>Supprimer définitivement</translation>
    </message>
    <message numerus="yes">
        <source>Delete “%1” with its %Ln run(s) and every judgment for good? This cannot be undone.</source>
        <translation>
            <numerusform>Supprimer définitivement «&#x202f;%1&#x202f;» avec %Ln&#x202f;exécution et tous les jugements&#x202f;? Cette action est irréversible.</numerusform>
            <numerusform>Supprimer définitivement «&#x202f;%1&#x202f;» avec %Ln&#x202f;exécutions et tous les jugements&#x202f;? Cette action est irréversible.</numerusform>
        </translation>
    </message>
    <message>
        <source>Session restored</source>
        <translation>Session restaurée</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>A session needs a name.</source>
        <translation>Une session doit avoir un nom.</translation>
    </message>
    <message>
        <source>There is already a session named “%1” (it may be in the trash).</source>
        <translation>Une session nommée «&#x202f;%1&#x202f;» existe déjà (elle est peut-être dans la corbeille).</translation>
    </message>
    <message>
        <source>The session could not be created: %1</source>
        <translation>Impossible de créer la session&#x202f;: %1</translation>
    </message>
    <message>
        <source>Session “%1” created</source>
        <translation>Session «&#x202f;%1&#x202f;» créée</translation>
    </message>
    <message>
        <source>Session duplicated</source>
        <translation>Session dupliquée</translation>
    </message>
    <message>
        <source>Session taken out of the archive</source>
        <translation>Session sortie de l’archive</translation>
    </message>
    <message>
        <source>Session archived</source>
        <translation>Session archivée</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>“%1” was moved to the trash. It is deleted for good after 30 days unless you restore it.</source>
        <translation>«&#x202f;%1&#x202f;» a été placée dans la corbeille. Elle sera supprimée définitivement au bout de 30&#x202f;jours, sauf si vous la restaurez.</translation>
    </message>
    <message>
        <source>Session deleted for good</source>
        <translation>Session supprimée définitivement</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>The decision could not be saved: %1</source>
        <translation>Impossible d’enregistrer la décision&#x202f;: %1</translation>
    </message>
    <message>
        <source>%1 in “%2”: %3</source>
        <translation>%1 dans «&#x202f;%2&#x202f;»&#x202f;: %3</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>Aucun résultat pour «&#x202f;%1&#x202f;».</translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es)</source>
        <translation>
            <numerusform>%Ln&#x202f;résultat</numerusform>
            <numerusform>%Ln&#x202f;résultats</numerusform>
        </translation>
    </message>
    <message>
        <source>Un&amp;archive</source>
        <translation>Sortir de l’&amp;archive</translation>
    </message>
    <message>
        <source>No sessions here</source>
        <translation>Aucune session ici</translation>
    </message>
    <message>
        <source>No session selected</source>
        <translation>Aucune session sélectionnée</translation>
    </message>
    <message>
        <source>Every run you make in Compare is saved in a session. Create one with New…, or run a prompt in Compare to start the default session.</source>
        <translation>Chaque exécution lancée dans la page Comparer est enregistrée dans une session. Créez-en une avec «&#x202f;Nouvelle…&#x202f;», ou exécutez un prompt dans la page Comparer pour démarrer la session par défaut.</translation>
    </message>
    <message numerus="yes">
        <source>Created %1 · %Ln prompt(s)</source>
        <translation>
            <numerusform>Créée %1 · %Ln&#x202f;prompt</numerusform>
            <numerusform>Créée %1 · %Ln&#x202f;prompts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %Ln run(s)</source>
        <translation>
            <numerusform> · %Ln&#x202f;exécution</numerusform>
            <numerusform> · %Ln&#x202f;exécutions</numerusform>
        </translation>
    </message>
    <message>
        <source> · no judgments yet</source>
        <translation> · aucun jugement pour l’instant</translation>
    </message>
    <message>
        <source> · judged by %1</source>
        <translation> · jugée par %1</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2&#x202f;: %3</translation>
    </message>
    <message>
        <source>The highest rating must be above the lowest.</source>
        <translation>La note la plus haute doit être supérieure à la plus basse.</translation>
    </message>
    <message>
        <source>The settings could not be saved: %1</source>
        <translation>Impossible d’enregistrer les paramètres&#x202f;: %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Session settings saved</source>
        <translation>Paramètres de la session enregistrés</translation>
    </message>
    <message>
        <source>✓ Pass</source>
        <translation>✓ Réussi</translation>
    </message>
    <message>
        <source>✗ Fail</source>
        <translation>✗ Échec</translation>
    </message>
    <message>
        <source>No data yet</source>
        <translation>Pas encore de données</translation>
    </message>
    <message>
        <source>Invalid: %1</source>
        <translation>Non valide&#x202f;: %1</translation>
    </message>
    <message>
        <source>How many ratings, pairwise judgments or runs the value is computed from</source>
        <translation>Nombre de notes, de comparaisons par paires ou d’exécutions sur lesquelles repose la valeur</translation>
    </message>
    <message>
        <source>Exporting “%1”…</source>
        <translation>Export de «&#x202f;%1&#x202f;»…</translation>
    </message>
    <message>
        <source>“%1” could not be exported: %2</source>
        <translation>Impossible d’exporter «&#x202f;%1&#x202f;»&#x202f;: %2</translation>
    </message>
    <message>
        <source>“%1” was exported to %2.</source>
        <translation>«&#x202f;%1&#x202f;» a été exportée vers %2.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Import de %1…</translation>
    </message>
    <message>
        <source>Nothing was imported from %1: %2</source>
        <translation>Rien n’a été importé depuis %1&#x202f;: %2</translation>
    </message>
    <message>
        <source>%1 holds nothing new: everything in it is already here.</source>
        <translation>%1 ne contient rien de nouveau&#x202f;: tout son contenu est déjà présent.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %1 into %2: %Ln run(s) added</source>
        <translation>
            <numerusform>%1 importé dans %2&#x202f;: %Ln&#x202f;exécution ajoutée</numerusform>
            <numerusform>%1 importé dans %2&#x202f;: %Ln&#x202f;exécutions ajoutées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %Ln judgment(s) added</source>
        <translation>
            <numerusform>, %Ln&#x202f;jugement ajouté</numerusform>
            <numerusform>, %Ln&#x202f;jugements ajoutés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %Ln updated.</source>
        <translation>
            <numerusform>, %Ln&#x202f;mis à jour.</numerusform>
            <numerusform>, %Ln&#x202f;mis à jour.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>Tableau de &amp;bord</translation>
    </message>
    <message>
        <source>Charts, rankings with confidence intervals, and the criteria for this session</source>
        <translation>Graphiques, classements avec intervalles de confiance et critères de cette session</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Hugging Face Hub</source>
        <translation>Hub Hugging Face</translation>
    </message>
    <message>
        <source>hf_…</source>
        <translation>hf_…</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Token d’accès</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Show the access token</source>
        <translation>Afficher le token d’accès</translation>
    </message>
    <message>
        <source>Remove saved token</source>
        <translation>Supprimer le token enregistré</translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation>&amp;Token d’accès&#x202f;:</translation>
    </message>
    <message>
        <source>Hub endpoint</source>
        <translation>Point de terminaison du Hub</translation>
    </message>
    <message>
        <source>Hub &amp;endpoint:</source>
        <translation>Point de terminaison du &amp;Hub&#x202f;:</translation>
    </message>
    <message>
        <source>HF_ENDPOINT is set in the environment (%1) and takes precedence.</source>
        <translation>HF_ENDPOINT est défini dans l’environnement (%1) et est prioritaire.</translation>
    </message>
    <message>
        <source>Dataset viewer endpoint</source>
        <translation>Point de terminaison du Dataset Viewer</translation>
    </message>
    <message>
        <source>&amp;Dataset viewer:</source>
        <translation>&amp;Dataset Viewer&#x202f;:</translation>
    </message>
    <message>
        <source>HUBLENS_DATASETS_SERVER is set in the environment (%1) and takes precedence.</source>
        <translation>HUBLENS_DATASETS_SERVER est défini dans l’environnement (%1) et est prioritaire.</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Stockage</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Dossier de données</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>Ouvrir le dossier de données</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Dossier de données&#x202f;:</translation>
    </message>
    <message>
        <source>To use another folder, set HUBLENS_DATA_DIR and restart HubLens.</source>
        <translation>Pour utiliser un autre dossier, définissez HUBLENS_DATA_DIR et redémarrez HubLens.</translation>
    </message>
    <message>
        <source>Response cache size</source>
        <translation>Taille du cache des réponses</translation>
    </message>
    <message>
        <source>&amp;Clear cache</source>
        <translation>&amp;Vider le cache</translation>
    </message>
    <message>
        <source>Clear the response cache</source>
        <translation>Vider le cache des réponses</translation>
    </message>
    <message>
        <source>Response cache:</source>
        <translation>Cache des réponses&#x202f;:</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Interface</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Langue de l’interface</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#x202f;:</translation>
    </message>
    <message>
        <source>A new language applies the next time HubLens starts.</source>
        <translation>Le changement de langue prendra effet au prochain démarrage de HubLens.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Checking for a saved token…</source>
        <translation>Recherche d’un token enregistré…</translation>
    </message>
    <message>
        <source>The saved token cannot be read: %1</source>
        <translation>Impossible de lire le token enregistré&#x202f;: %1</translation>
    </message>
    <message>
        <source>%1 is set in the environment and takes precedence over the saved token.</source>
        <translation>%1 est défini dans l’environnement et est prioritaire sur le token enregistré.</translation>
    </message>
    <message>
        <source>The token in %1 takes precedence over the saved token.</source>
        <translation>Le token contenu dans %1 est prioritaire sur le token enregistré.</translation>
    </message>
    <message>
        <source>Saved tokens are kept in the system keychain.</source>
        <translation>Les tokens enregistrés sont conservés dans le trousseau système.</translation>
    </message>
    <message>
        <source>No system keychain is available: saved tokens are kept in a file readable only by you: %1</source>
        <translation>Aucun trousseau système n’est disponible&#x202f;: les tokens enregistrés sont conservés dans un fichier lisible uniquement par vous&#x202f;: %1</translation>
    </message>
    <message>
        <source>A token is saved. Type a new one to replace it.</source>
        <translation>Un token est enregistré. Saisissez-en un nouveau pour le remplacer.</translation>
    </message>
    <message>
        <source>No token is saved. Without one, gated and private repositories are out of reach and rate limits are lower.</source>
        <translation>Aucun token n’est enregistré. Sans token, les dépôts privés et à accès restreint sont inaccessibles et les limites de débit sont plus basses.</translation>
    </message>
    <message>
        <source>The %1 must be an http:// or https:// address with a host name, such as %2.</source>
        <translation>%1&#x202f;: l’adresse doit commencer par http:// ou https:// et comporter un nom d’hôte, par exemple %2.</translation>
    </message>
    <message>
        <source>dataset viewer endpoint</source>
        <translation>Point de terminaison du Dataset Viewer</translation>
    </message>
    <message>
        <source>Saving the token…</source>
        <translation>Enregistrement du token…</translation>
    </message>
    <message>
        <source>The token could not be saved: %1</source>
        <translation>Impossible d’enregistrer le token&#x202f;: %1</translation>
    </message>
    <message>
        <source>The saved token could not be removed: %1</source>
        <translation>Impossible de supprimer le token enregistré&#x202f;: %1</translation>
    </message>
    <message>
        <source>Unavailable (the cache database could not be opened)</source>
        <translation>Indisponible (impossible d’ouvrir la base de données du cache)</translation>
    </message>
    <message>
        <source>Measuring…</source>
        <translation>Mesure en cours…</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1&#x202f;octets</translation>
    </message>
    <message>
        <source>Clearing…</source>
        <translation>Vidage en cours…</translation>
    </message>
    <message>
        <source>The cache could not be cleared; see the log for details.</source>
        <translation>Impossible de vider le cache&#x202f;; consultez le journal pour plus de détails.</translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n response(s)</source>
        <translation>
            <numerusform>%1 pour %Ln&#x202f;réponse</numerusform>
            <numerusform>%1 pour %Ln&#x202f;réponses</numerusform>
        </translation>
    </message>
</context>
</TS>
