<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About HubLens</source>
        <translation>Über HubLens</translation>
    </message>
    <message>
        <source>HubLens %1</source>
        <translation>HubLens %1</translation>
    </message>
    <message>
        <source>Search and inspect models and datasets on the Hugging Face Hub, from the desktop or the command line.</source>
        <translation>Modelle und Datensätze auf dem Hugging Face Hub suchen und untersuchen – am Desktop oder auf der Kommandozeile.</translation>
    </message>
    <message>
        <source>HubLens is free software under the GNU General Public License, version 3 or later (%1). It comes with no warranty.</source>
        <translation>HubLens ist freie Software unter der GNU General Public License, Version 3 oder neuer (%1). Das Programm wird ohne jegliche Gewährleistung bereitgestellt.</translation>
    </message>
    <message>
        <source>Running on these libraries:</source>
        <translation>Verwendete Bibliotheken:</translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation>Bibliotheken</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>&amp;Copy version information</source>
        <translation>Versionsinformationen &amp;kopieren</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
</context>
<context>
    <name>AgreementBand</name>
    <message>
        <source>poor</source>
        <translation>gering</translation>
    </message>
    <message>
        <source>slight</source>
        <translation>leicht</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>ausreichend</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>mittelmäßig</translation>
    </message>
    <message>
        <source>substantial</source>
        <translation>beachtlich</translation>
    </message>
    <message>
        <source>almost perfect</source>
        <translation>nahezu vollkommen</translation>
    </message>
    <message>
        <source>reliable</source>
        <translation>zuverlässig</translation>
    </message>
    <message>
        <source>tentative</source>
        <translation>vorläufig</translation>
    </message>
    <message>
        <source>unreliable</source>
        <translation>unzuverlässig</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Explore</source>
        <translation>Entdecken</translation>
    </message>
    <message>
        <source>%1 — retrying in %2 s (attempt %3)</source>
        <translation>%1 – wird in %2 s wiederholt (Versuch %3)</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Bewerten</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <source>row %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>&amp;Load rows</source>
        <translation>Zeilen &amp;laden</translation>
    </message>
    <message>
        <source>Batch run</source>
        <translation>Stapellauf</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>D&amp;urchsuchen…</translation>
    </message>
    <message>
        <source>A JSONL, CSV or TSV file</source>
        <translation>Eine JSONL-, CSV- oder TSV-Datei</translation>
    </message>
    <message>
        <source>Prompt file</source>
        <translation>Prompt-Datei</translation>
    </message>
    <message>
        <source>Prompt sets (*.jsonl *.json *.csv *.tsv);;All files (*)</source>
        <translation>Prompt-Sets (*.jsonl *.json *.csv *.tsv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>owner/dataset</source>
        <translation>inhaber/datensatz</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>first config</source>
        <translation>erste Konfiguration</translation>
    </message>
    <message>
        <source>train</source>
        <translation>train</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Split</translation>
    </message>
    <message>
        <source>Config</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <source>to (excluded)</source>
        <translation>bis (ausschließlich)</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>One prompt per line</source>
        <translation>Ein Prompt pro Zeile</translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation>Prompts</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Dataset</source>
        <translation>Da&amp;tensatz</translation>
    </message>
    <message>
        <source>&amp;Typed</source>
        <translation>&amp;Eingabe</translation>
    </message>
    <message>
        <source>Prompt column</source>
        <translation>Prompt-Spalte</translation>
    </message>
    <message>
        <source>Optional: Summarise in one sentence: {{text}}</source>
        <translation>Optional: In einem Satz zusammenfassen: {{text}}</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>Endpunkte</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Requests in flight over all endpoints; a rate-limited endpoint slows down by itself</source>
        <translation>Gleichzeitig laufende Anfragen über alle Endpunkte; ein Endpunkt mit Ratenlimit wird von selbst langsamer</translation>
    </message>
    <message>
        <source>Retries of a server error, dropped connection or timeout per request</source>
        <translation>Wiederholungen pro Anfrage bei Serverfehler, Verbindungsabbruch oder Zeitüberschreitung</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>&amp;Column</source>
        <translation>&amp;Spalte</translation>
    </message>
    <message>
        <source>T&amp;emplate</source>
        <translation>&amp;Vorlage</translation>
    </message>
    <message>
        <source>&amp;System prompt</source>
        <translation>S&amp;ystemprompt</translation>
    </message>
    <message>
        <source>&amp;Max tokens</source>
        <translation>&amp;Max. Tokens</translation>
    </message>
    <message>
        <source>E&amp;ndpoints</source>
        <translation>E&amp;ndpunkte</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>C&amp;oncurrency</source>
        <translation>&amp;Parallelität</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>Sta&amp;rten</translation>
    </message>
    <message>
        <source>Loading rows…</source>
        <translation>Zeilen werden geladen…</translation>
    </message>
    <message numerus="yes">
        <source>%n prompt(s)</source>
        <translation>
            <numerusform>%Ln Prompt</numerusform>
            <numerusform>%Ln Prompts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n endpoint(s)</source>
        <translation>
            <numerusform>%Ln Endpunkt</numerusform>
            <numerusform>%Ln Endpunkte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%Ln Anfrage</numerusform>
            <numerusform>%Ln Anfragen</numerusform>
        </translation>
    </message>
    <message>
        <source>no own limit</source>
        <translation>kein eigenes Limit</translation>
    </message>
    <message>
        <source>Requests in flight to any one endpoint (a rate-limited endpoint lowers its own further)</source>
        <translation>Gleichzeitige Anfragen an einen Endpunkt (ein ratenbegrenzter Endpunkt senkt seines weiter)</translation>
    </message>
    <message>
        <source>Concurrency per endpoint</source>
        <translation>Parallelität pro Endpunkt</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>The longest one request may take, from sending it to its last byte</source>
        <translation>Die längste Dauer einer Anfrage, vom Senden bis zum letzten Byte</translation>
    </message>
    <message>
        <source>Request timeout</source>
        <translation>Zeitlimit pro Anfrage</translation>
    </message>
    <message>
        <source>Per endpoint</source>
        <translation>Pro Endpunkt</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Zeitlimit</translation>
    </message>
</context>
<context>
    <name>BatchPanel</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%Ln s</numerusform>
            <numerusform>%Ln s</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <source>Cancel batch</source>
        <translation>Stapel abbrechen</translation>
    </message>
    <message>
        <source>Re-run failed</source>
        <translation>Fehlgeschlagene erneut ausführen</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>Batch progress</source>
        <translation>Stapelfortschritt</translation>
    </message>
    <message>
        <source>Batch status</source>
        <translation>Stapelstatus</translation>
    </message>
    <message>
        <source>%1 of %2 · %3 ok · %4 failed · %5 retrying</source>
        <translation>%1 von %2 · %3 OK · %4 fehlgeschlagen · %5 werden wiederholt</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>ETA %1</source>
        <translation>Restzeit %1</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>Fo&amp;rtsetzen</translation>
    </message>
</context>
<context>
    <name>BatchRunner</name>
    <message>
        <source>A batch is already running</source>
        <translation>Es läuft bereits ein Stapel</translation>
    </message>
    <message>
        <source>There is no batch %1</source>
        <translation>Es gibt keinen Stapel %1</translation>
    </message>
    <message numerus="yes">
        <source>The batch needs %n endpoint(s)</source>
        <translation>
            <numerusform>Der Stapel braucht %Ln Endpunkt</numerusform>
            <numerusform>Der Stapel braucht %Ln Endpunkte</numerusform>
        </translation>
    </message>
    <message>
        <source>Results could not be saved: %1</source>
        <translation>Die Ergebnisse konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>This batch is running in another HubLens process (pid %1); it can be resumed once that one stops</source>
        <translation>Dieser Stapel läuft in einem anderen HubLens-Prozess (PID %1); er kann fortgesetzt werden, sobald dieser endet</translation>
    </message>
    <message>
        <source>The batch&apos;s lock file could not be created next to the database</source>
        <translation>Die Sperrdatei des Stapels konnte neben der Datenbank nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>CandidateGridDialog</name>
    <message>
        <source>Only &amp;differences</source>
        <translation>Nur &amp;Unterschiede</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Compare these</source>
        <translation>Diese &amp;vergleichen</translation>
    </message>
    <message>
        <source>Candidate grid</source>
        <translation>Kandidatentabelle</translation>
    </message>
    <message>
        <source>Hide the rows where all models agree</source>
        <translation>Zeilen ausblenden, in denen alle Modelle übereinstimmen</translation>
    </message>
    <message>
        <source>No models on the candidate list yet — add models from Explore with Ctrl+Enter</source>
        <translation>Noch keine Modelle auf der Kandidatenliste – fügen Sie unter „Entdecken“ Modelle mit Strg+Eingabe hinzu</translation>
    </message>
    <message>
        <source>Fetch the metadata again (F5)</source>
        <translation>Metadaten erneut abrufen (F5)</translation>
    </message>
    <message>
        <source>Open Compare with one column per model, on the Inference Providers router</source>
        <translation>„Vergleichen“ mit einer Spalte pro Modell öffnen, über den Router der Inference Providers</translation>
    </message>
    <message>
        <source>No models to compare</source>
        <translation>Keine Modelle zum Vergleichen</translation>
    </message>
    <message>
        <source>Loading… %1 of %2 models</source>
        <translation>Wird geladen… %1 von %2 Modellen</translation>
    </message>
    <message>
        <source>%1 models · %2 rows differ</source>
        <translation>%1 Modelle · %2 Zeilen unterscheiden sich</translation>
    </message>
    <message>
        <source>%1 could not be loaded</source>
        <translation>%1 nicht geladen</translation>
    </message>
    <message>
        <source>Offline: the grid shows cached values; the Status row gives their age</source>
        <translation>Offline: Die Tabelle zeigt Werte aus dem Cache; die Zeile „Status“ nennt ihr Alter</translation>
    </message>
</context>
<context>
    <name>CandidateGridModel</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Gated</source>
        <translation>Zugangsbeschränkt</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Context length</source>
        <translation>Kontextlänge</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Architektur</translation>
    </message>
    <message>
        <source>Quantised sizes</source>
        <translation>Quantisierte Größen</translation>
    </message>
    <message>
        <source>Inference providers</source>
        <translation>Inferenzanbieter</translation>
    </message>
    <message>
        <source>Downloads (30 days)</source>
        <translation>Downloads (30 Tage)</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>Likes</translation>
    </message>
    <message>
        <source>Last modified</source>
        <translation>Zuletzt geändert</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>Whether the model&apos;s metadata loaded, and how old cached values are</source>
        <translation>Ob die Metadaten des Modells geladen wurden und wie alt die Werte aus dem Cache sind</translation>
    </message>
    <message>
        <source>GGUF quantisations with their file sizes; otherwise the weights&apos; data types and size</source>
        <translation>GGUF-Quantisierungen mit ihren Dateigrößen; sonst die Datentypen und die Größe der Gewichte</translation>
    </message>
    <message>
        <source>Inference providers serving the model (the Hub&apos;s mapping and the router&apos;s list)</source>
        <translation>Inferenzanbieter, die das Modell bereitstellen (Zuordnung des Hubs und Liste des Routers)</translation>
    </message>
    <message>
        <source>%1: price per 1M input / output tokens (USD), from the Inference Providers router</source>
        <translation>%1: Preis pro 1 Mio. Eingabe-/Ausgabe-Tokens (USD), laut dem Router der Inference Providers</translation>
    </message>
    <message>
        <source>The commit the metadata describes</source>
        <translation>Der Commit, den die Metadaten beschreiben</translation>
    </message>
    <message>
        <source>Not found (or private)</source>
        <translation>Nicht gefunden (oder privat)</translation>
    </message>
    <message>
        <source>Gated: access not granted</source>
        <translation>Zugangsbeschränkt: Zugang nicht gewährt</translation>
    </message>
    <message>
        <source>Token rejected</source>
        <translation>Token abgelehnt</translation>
    </message>
    <message>
        <source>Access denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>Rate-limited: retry in %1 s</source>
        <translation>Ratenlimit erreicht: neuer Versuch in %1 s</translation>
    </message>
    <message>
        <source>Rate-limited: retry later</source>
        <translation>Ratenlimit erreicht: später erneut versuchen</translation>
    </message>
    <message>
        <source>Offline: never fetched</source>
        <translation>Offline: noch nie abgerufen</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>Netzwerkfehler</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>Serverfehler</translation>
    </message>
    <message>
        <source>Could not load</source>
        <translation>Konnte nicht geladen werden</translation>
    </message>
    <message>
        <source>Model info</source>
        <translation>Modellinfos</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>Provider mapping</source>
        <translation>Anbieterzuordnung</translation>
    </message>
    <message>
        <source>Router</source>
        <translation>Router</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Offline · cached %1</source>
        <translation>Offline · aus dem Cache (%1)</translation>
    </message>
    <message>
        <source>Cached %1</source>
        <translation>Aus dem Cache (%1)</translation>
    </message>
    <message>
        <source>Cached values fetched %1</source>
        <translation>Werte im Cache, abgerufen am %1</translation>
    </message>
    <message>
        <source>Loaded</source>
        <translation>Geladen</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>live, no price</source>
        <translation>live, ohne Preis</translation>
    </message>
    <message>
        <source>%1 serves %2 (%3)</source>
        <translation>%1 stellt %2 bereit (%3)</translation>
    </message>
    <message>
        <source>Input: $%1 per 1M tokens</source>
        <translation>Eingabe: %1 $ pro 1 Mio. Tokens</translation>
    </message>
    <message>
        <source>Output: $%1 per 1M tokens</source>
        <translation>Ausgabe: %1 $ pro 1 Mio. Tokens</translation>
    </message>
    <message>
        <source>Context: %1 tokens</source>
        <translation>Kontext: %1 Tokens</translation>
    </message>
    <message>
        <source>Throughput: %1 tokens/s</source>
        <translation>Durchsatz: %1 Tokens/s</translation>
    </message>
    <message>
        <source>First token: %1 ms</source>
        <translation>Erstes Token: %1 ms</translation>
    </message>
    <message>
        <source>listed</source>
        <translation>gelistet</translation>
    </message>
    <message>
        <source>%1 lists %2 as %3 for %4 (%5); the router gives no price for it</source>
        <translation>%1 führt %2 als %3 für %4 (%5); der Router nennt dafür keinen Preis</translation>
    </message>
    <message>
        <source>%1 does not serve %2</source>
        <translation>%1 stellt %2 nicht bereit</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Yes (automatic)</source>
        <translation>Ja (automatisch)</translation>
    </message>
    <message>
        <source>Yes (manual approval)</source>
        <translation>Ja (manuelle Freigabe)</translation>
    </message>
    <message>
        <source>, private</source>
        <translation>, privat</translation>
    </message>
    <message>
        <source>%1 parameters</source>
        <translation>%1 Parameter</translation>
    </message>
    <message>
        <source>%1 tokens (from the model&apos;s config)</source>
        <translation>%1 Tokens (aus der Konfiguration des Modells)</translation>
    </message>
    <message>
        <source>%1 tokens (the longest a provider offers)</source>
        <translation>%1 Tokens (das längste Angebot eines Anbieters)</translation>
    </message>
    <message>
        <source>Model type: %1</source>
        <translation>Modelltyp: %1</translation>
    </message>
    <message>
        <source>The file list could not be loaded: %1</source>
        <translation>Die Dateiliste konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>%1: %2 bytes in %3</source>
        <translation>%1: %2 Bytes in %3</translation>
    </message>
    <message>
        <source>No GGUF files; the safetensors weights take %1 bytes</source>
        <translation>Keine GGUF-Dateien; die safetensors-Gewichte belegen %1 Bytes</translation>
    </message>
    <message>
        <source>No GGUF or safetensors files</source>
        <translation>Keine GGUF- oder safetensors-Dateien</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>%1 live of %2</source>
        <translation>%1 von %2 live</translation>
    </message>
    <message>
        <source>Router: %1</source>
        <translation>Router: %1</translation>
    </message>
    <message>
        <source>%1 downloads in the last 30 days</source>
        <translation>%1 Downloads in den letzten 30 Tagen</translation>
    </message>
    <message>
        <source>%1 likes</source>
        <translation>%1 Likes</translation>
    </message>
</context>
<context>
    <name>CandidateListModel</name>
    <message>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>%1 %2
Added %3</source>
        <translation>%1 %2
Hinzugefügt: %3</translation>
    </message>
</context>
<context>
    <name>CandidateStore</name>
    <message>
        <source>A candidate needs a repository id</source>
        <translation>Ein Kandidat braucht eine Repository-ID</translation>
    </message>
</context>
<context>
    <name>CandidatesDock</name>
    <message>
        <source>Candidates</source>
        <translation>Kandidaten</translation>
    </message>
    <message>
        <source>&amp;Remove from candidates</source>
        <translation>Aus der Kandidatenliste &amp;entfernen</translation>
    </message>
    <message>
        <source>No candidates yet — add models from Explore with Ctrl+Enter</source>
        <translation>Noch keine Kandidaten – fügen Sie unter „Entdecken“ Modelle mit Strg+Eingabe hinzu</translation>
    </message>
    <message>
        <source>&amp;Grid…</source>
        <translation>&amp;Tabelle…</translation>
    </message>
    <message>
        <source>Compare the candidates&apos; metadata side by side (Ctrl+Shift+G)</source>
        <translation>Die Metadaten der Kandidaten nebeneinander vergleichen (Strg+Umschalt+G)</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>&amp;Vergleichen</translation>
    </message>
    <message>
        <source>Open Compare with the selected models, or all of them</source>
        <translation>„Vergleichen“ mit den ausgewählten Modellen öffnen, oder mit allen</translation>
    </message>
</context>
<context>
    <name>CardBrowser</name>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Save this chart as an image</source>
        <translation>Dieses Diagramm als Bild speichern</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>PNG image…</source>
        <translation>PNG-Bild…</translation>
    </message>
    <message>
        <source>SVG drawing…</source>
        <translation>SVG-Zeichnung…</translation>
    </message>
    <message>
        <source>The chart has not been laid out yet.</source>
        <translation>Das Diagramm ist noch nicht angeordnet.</translation>
    </message>
    <message>
        <source>Exported from HubLens</source>
        <translation>Aus HubLens exportiert</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Choose a .png or .svg file name.</source>
        <translation>Wählen Sie einen Dateinamen mit .png oder .svg.</translation>
    </message>
</context>
<context>
    <name>ChatRun</name>
    <message>
        <source>The answer is larger than %1 MB; stopped reading it</source>
        <translation>Die Antwort ist größer als %1 MB; das Lesen wurde abgebrochen</translation>
    </message>
    <message>
        <source>Connection failed (%1); retrying</source>
        <translation>Verbindung fehlgeschlagen (%1); wird wiederholt</translation>
    </message>
    <message numerus="yes">
        <source>The stream stalled: no data for %n second(s)</source>
        <translation>
            <numerusform>Der Stream kam ins Stocken: %Ln Sekunde lang keine Daten</numerusform>
            <numerusform>Der Stream kam ins Stocken: %Ln Sekunden lang keine Daten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No answer within %n second(s)</source>
        <translation>
            <numerusform>Keine Antwort innerhalb von %Ln Sekunde</numerusform>
            <numerusform>Keine Antwort innerhalb von %Ln Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>The connection was closed in the middle of the answer</source>
        <translation>Die Verbindung wurde mitten in der Antwort geschlossen</translation>
    </message>
    <message numerus="yes">
        <source>Rate limited; retrying in %n second(s)</source>
        <translation>
            <numerusform>Ratenlimit erreicht; Wiederholung in %Ln Sekunde</numerusform>
            <numerusform>Ratenlimit erreicht; Wiederholung in %Ln Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Starting: the endpoint is loading the model (waited %1 of %2 s)</source>
        <translation>Startet: Der Endpunkt lädt das Modell (%1 von %2 s gewartet)</translation>
    </message>
    <message numerus="yes">
        <source>The endpoint was still starting after %n second(s)</source>
        <translation>
            <numerusform>Der Endpunkt war nach %Ln Sekunde noch nicht gestartet</numerusform>
            <numerusform>Der Endpunkt war nach %Ln Sekunden noch nicht gestartet</numerusform>
        </translation>
    </message>
    <message>
        <source>The server does not accept stream_options; retrying without it</source>
        <translation>Der Server akzeptiert stream_options nicht; neuer Versuch ohne diese Option</translation>
    </message>
    <message>
        <source>Server error %1; retrying</source>
        <translation>Serverfehler %1; wird wiederholt</translation>
    </message>
    <message>
        <source>HTTP %1 without a message</source>
        <translation>HTTP %1 ohne Meldung</translation>
    </message>
    <message>
        <source>The server answered with an empty body</source>
        <translation>Die Antwort des Servers war leer</translation>
    </message>
    <message>
        <source>The stream ended without a finish reason: the answer may be cut off</source>
        <translation>Der Stream endete ohne Abschlussgrund: Die Antwort ist möglicherweise abgeschnitten</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
</context>
<context>
    <name>CompareColumnView</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>(error)</source>
        <translation>(Fehler)</translation>
    </message>
    <message>
        <source>$%1/$%2 per 1M</source>
        <translation>%1 $/%2 $ pro 1 Mio.</translation>
    </message>
    <message>
        <source>%1k context</source>
        <translation>%1k Kontext</translation>
    </message>
    <message>
        <source>%1 tok/s</source>
        <translation>%1 tok/s</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Parameters…</source>
        <translation>Parameter…</translation>
    </message>
    <message>
        <source>Override the shared parameters for this column</source>
        <translation>Gemeinsame Parameter für diese Spalte überschreiben</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Remove this column</source>
        <translation>Diese Spalte entfernen</translation>
    </message>
    <message>
        <source>Remove column</source>
        <translation>Spalte entfernen</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Denkprozess</translation>
    </message>
    <message>
        <source>The answer appears here</source>
        <translation>Hier erscheint die Antwort</translation>
    </message>
    <message>
        <source>Served by: %1</source>
        <translation>Bereitgestellt von: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) listed by the endpoint</source>
        <translation>
            <numerusform>Der Endpunkt listet %Ln Modell</numerusform>
            <numerusform>Der Endpunkt listet %Ln Modelle</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not list the models: %1</source>
        <translation>Die Modelle konnten nicht abgerufen werden: %1</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>Waiting for the first token…</source>
        <translation>Warten auf das erste Token…</translation>
    </message>
    <message numerus="yes">
        <source>Reasoning (%n character(s))</source>
        <translation>
            <numerusform>Denkprozess (%Ln Zeichen)</numerusform>
            <numerusform>Denkprozess (%Ln Zeichen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Running — %n s</source>
        <translation>
            <numerusform>Läuft – %Ln s</numerusform>
            <numerusform>Läuft – %Ln s</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed — HTTP %1: %2</source>
        <translation>Fehlgeschlagen – HTTP %1: %2</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Truncated: %1</source>
        <translation>Abgeschnitten: %1</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <source>TTFT %1</source>
        <translation>TTFT %1</translation>
    </message>
    <message>
        <source>total %1</source>
        <translation>gesamt %1</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s)</source>
        <translation>
            <numerusform>%Ln Token</numerusform>
            <numerusform>%Ln Tokens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>~%n token(s) (estimated)</source>
        <translation>
            <numerusform>~%Ln Token (geschätzt)</numerusform>
            <numerusform>~%Ln Tokens (geschätzt)</numerusform>
        </translation>
    </message>
    <message>
        <source>finish: %1</source>
        <translation>Ende: %1</translation>
    </message>
    <message>
        <source>via %1</source>
        <translation>über %1</translation>
    </message>
    <message>
        <source>$%1</source>
        <translation>%1 $</translation>
    </message>
    <message>
        <source>waited %1</source>
        <translation>%1 gewartet</translation>
    </message>
    <message>
        <source>Parameters for this column</source>
        <translation>Parameter für diese Spalte</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <source>Top p</source>
        <translation>Top p</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>Max. Tokens</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>Stop sequences, separated by |</source>
        <translation>Stoppsequenzen, getrennt durch |</translation>
    </message>
    <message>
        <source>Checked values replace the shared ones for this column only.</source>
        <translation>Aktivierte Werte ersetzen nur für diese Spalte die gemeinsamen Werte.</translation>
    </message>
    <message>
        <source>Parameters • custom</source>
        <translation>Parameter • angepasst</translation>
    </message>
    <message>
        <source>Stop</source>
        <comment>the stop sequences field of a column&apos;s parameters</comment>
        <translation>Stoppsequenzen</translation>
    </message>
</context>
<context>
    <name>ComparePage</name>
    <message>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <source>Top p</source>
        <translation>Top p</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>Max. Tokens</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>Aus&amp;führen</translation>
    </message>
    <message>
        <source>&amp;Follow up</source>
        <translation>&amp;Nachfragen</translation>
    </message>
    <message>
        <source>Stop all</source>
        <translation>Alle stoppen</translation>
    </message>
    <message>
        <source>Add column</source>
        <translation>Spalte hinzufügen</translation>
    </message>
    <message>
        <source>System prompt (optional)</source>
        <translation>Systemprompt (optional)</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Systemprompt</translation>
    </message>
    <message>
        <source>Prompt — Ctrl+Enter runs it on every column; Ctrl+Shift+Enter continues each conversation</source>
        <translation>Prompt – Strg+Eingabe führt ihn in allen Spalten aus; Strg+Umschalt+Eingabe setzt jede Unterhaltung fort</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>Stop sequences, separated by |</source>
        <translation>Stoppsequenzen, getrennt durch |</translation>
    </message>
    <message>
        <source>Unchecked: not sent, the server&apos;s default applies</source>
        <translation>Nicht aktiviert: wird nicht gesendet, es gilt der Standardwert des Servers</translation>
    </message>
    <message>
        <source>Send this prompt as the next turn of every column&apos;s conversation</source>
        <translation>Diesen Prompt als Folgefrage in die Unterhaltung jeder Spalte senden</translation>
    </message>
    <message>
        <source>Stop every column (Esc)</source>
        <translation>Alle Spalten stoppen (Esc)</translation>
    </message>
    <message>
        <source>No endpoints yet. Add one (Hugging Face Inference Providers, an Inference Endpoint, Ollama, llama.cpp, vLLM, LM Studio, TGI) with “Endpoints…”, or let HubLens detect local servers.</source>
        <translation>Noch keine Endpunkte. Fügen Sie über „Endpunkte…“ einen hinzu (Hugging Face Inference Providers, einen Inference Endpoint, Ollama, llama.cpp, vLLM, LM Studio, TGI) oder lassen Sie HubLens lokale Server erkennen.</translation>
    </message>
    <message>
        <source>&amp;Endpoints…</source>
        <translation>&amp;Endpunkte…</translation>
    </message>
    <message>
        <source>All columns finished; the runs are saved in the session</source>
        <translation>Alle Spalten sind fertig; die Läufe wurden in der Sitzung gespeichert</translation>
    </message>
    <message>
        <source>A run could not be saved</source>
        <translation>Ein Lauf konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Every column needs an endpoint</source>
        <translation>Jede Spalte braucht einen Endpunkt</translation>
    </message>
    <message>
        <source>Add endpoints with “Endpoints…”, or remove the empty column.</source>
        <translation>Fügen Sie über „Endpunkte…“ Endpunkte hinzu oder entfernen Sie die leere Spalte.</translation>
    </message>
    <message>
        <source>Column “%1” has no model</source>
        <translation>Spalte „%1“ hat kein Modell</translation>
    </message>
    <message>
        <source>Pick a model from the list or type its id.</source>
        <translation>Wählen Sie ein Modell aus der Liste oder geben Sie seine ID ein.</translation>
    </message>
    <message numerus="yes">
        <source>Streaming from %n column(s)…</source>
        <translation>
            <numerusform>%Ln Spalte streamt…</numerusform>
            <numerusform>%Ln Spalten streamen…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Session: &lt;b&gt;%1&lt;/b&gt; — %n run(s)</source>
        <translation>
            <numerusform>Sitzung: &lt;b&gt;%1&lt;/b&gt; – %Ln Lauf</numerusform>
            <numerusform>Sitzung: &lt;b&gt;%1&lt;/b&gt; – %Ln Läufe</numerusform>
        </translation>
    </message>
    <message>
        <source>Session: a default session is created on the first run</source>
        <translation>Sitzung: Beim ersten Lauf wird eine Standardsitzung angelegt</translation>
    </message>
    <message>
        <source>&amp;Batch run…</source>
        <translation>&amp;Stapellauf…</translation>
    </message>
    <message>
        <source>Run a prompt set (a file, a Hub dataset or a typed list) against several endpoints</source>
        <translation>Ein Prompt-Set (eine Datei, einen Hub-Datensatz oder eine eingegebene Liste) auf mehreren Endpunkten ausführen</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Batch finished: %1 ok, %2 failed</source>
        <translation>Stapel abgeschlossen: %1 OK, %2 fehlgeschlagen</translation>
    </message>
    <message>
        <source>Batch cancelled: %1 of %2 done; resume it later</source>
        <translation>Stapel abgebrochen: %1 von %2 erledigt; Sie können ihn später fortsetzen</translation>
    </message>
    <message>
        <source>This session has an unfinished batch: %1 of %2 requests done. Resume it to send the rest; finished results are kept and never sent again.</source>
        <translation>Diese Sitzung hat einen unvollendeten Stapel: %1 von %2 Anfragen erledigt. Setzen Sie ihn fort, um den Rest zu senden; fertige Ergebnisse bleiben erhalten und werden nie erneut gesendet.</translation>
    </message>
    <message>
        <source>A batch is already running</source>
        <translation>Es läuft bereits ein Stapel</translation>
    </message>
    <message>
        <source>The session could not be opened</source>
        <translation>Die Sitzung konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>This session already has an unfinished batch: resume it, or start the new batch in another session</source>
        <translation>Diese Sitzung hat bereits einen unvollendeten Stapel: Setzen Sie ihn fort oder starten Sie den neuen Stapel in einer anderen Sitzung</translation>
    </message>
    <message>
        <source>The batch could not be saved</source>
        <translation>Der Stapel konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>The batch&apos;s endpoint %1 no longer exists; add it again to resume</source>
        <translation>Der Endpunkt %1 des Stapels existiert nicht mehr; fügen Sie ihn erneut hinzu, um den Stapel fortzusetzen</translation>
    </message>
    <message>
        <source>The batch could not start</source>
        <translation>Der Stapel konnte nicht gestartet werden</translation>
    </message>
    <message numerus="yes">
        <source>Batch running: %n request(s) to send</source>
        <translation>
            <numerusform>Stapel läuft: %Ln Anfrage zu senden</numerusform>
            <numerusform>Stapel läuft: %Ln Anfragen zu senden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompareRunner</name>
    <message>
        <source>The run of %1 could not be saved: %2</source>
        <translation>Der Lauf von %1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
</context>
<context>
    <name>CriteriaText</name>
    <message>
        <source>line %1: expected “metric op value”, such as “mean_rating &gt;= 4”</source>
        <translation>Zeile %1: erwartet wird „Metrik Operator Wert“, z. B. „mean_rating &gt;= 4“</translation>
    </message>
    <message>
        <source>line %1: cannot read “%2”; options are written key=value, such as baseline=gpt-4o</source>
        <translation>Zeile %1: „%2“ ist nicht lesbar; Optionen werden als Schlüssel=Wert geschrieben, z. B. baseline=gpt-4o</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>&amp;Session:</source>
        <translation>&amp;Sitzung:</translation>
    </message>
    <message>
        <source>Export &amp;report…</source>
        <translation>&amp;Bericht exportieren…</translation>
    </message>
    <message>
        <source>Save the whole dashboard as an HTML page or a PDF to send</source>
        <translation>Das gesamte Dashboard als HTML-Seite oder PDF zum Versenden speichern</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Kandidat</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Stärke</translation>
    </message>
    <message>
        <source>95 % CI</source>
        <translation>95-%-KI</translation>
    </message>
    <message>
        <source>Elo</source>
        <translation>Elo</translation>
    </message>
    <message>
        <source>Wins</source>
        <translation>Siege</translation>
    </message>
    <message>
        <source>Ties</source>
        <translation>Unentschieden</translation>
    </message>
    <message>
        <source>Losses</source>
        <translation>Niederlagen</translation>
    </message>
    <message>
        <source>Both bad</source>
        <translation>Beide schlecht</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Gewinnrate</translation>
    </message>
    <message>
        <source>Mean rating (95 % CI)</source>
        <translation>Mittlere Wertung (95-%-KI)</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Grundlage</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Maß</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Einordnung</translation>
    </message>
    <message>
        <source>Shared items</source>
        <translation>Gemeinsame Einträge</translation>
    </message>
    <message>
        <source>Reviewers</source>
        <translation>Prüfende Personen</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <source>TTFT median</source>
        <translation>TTFT-Median</translation>
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
        <translation>Gesamt-Median</translation>
    </message>
    <message>
        <source>Total p90</source>
        <translation>Gesamt p90</translation>
    </message>
    <message>
        <source>Total p95</source>
        <translation>Gesamt p95</translation>
    </message>
    <message>
        <source>Tokens/s</source>
        <translation>Tokens/s</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>$ / 1k output</source>
        <translation>$ / 1k Ausgabe-Tokens</translation>
    </message>
    <message>
        <source>Success criteria</source>
        <translation>Erfolgskriterien</translation>
    </message>
    <message>
        <source>Leaderboard</source>
        <translation>Rangliste</translation>
    </message>
    <message>
        <source>Agreement between reviewers</source>
        <translation>Übereinstimmung zwischen prüfenden Personen</translation>
    </message>
    <message>
        <source>Latency, throughput and cost</source>
        <translation>Latenz, Durchsatz und Kosten</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Could not save the chart: %1</source>
        <translation>Das Diagramm konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>No session yet — run prompts in Compare, then judge them in Review.</source>
        <translation>Noch keine Sitzung – führen Sie Prompts unter „Vergleichen“ aus und bewerten Sie sie dann unter „Bewerten“.</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Wird aktualisiert…</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation>
            <numerusform>%Ln Lauf</numerusform>
            <numerusform>%Ln Läufe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n judgment(s)</source>
        <translation>
            <numerusform>%Ln Bewertung</numerusform>
            <numerusform>%Ln Bewertungen</numerusform>
        </translation>
    </message>
    <message>
        <source>updated %1</source>
        <translation>aktualisiert um %1</translation>
    </message>
    <message>
        <source>No runs in this session yet — run prompts in Compare or a batch, then judge them in Review.</source>
        <translation>Noch keine Läufe in dieser Sitzung – führen Sie Prompts unter „Vergleichen“ oder als Stapel aus und bewerten Sie sie dann unter „Bewerten“.</translation>
    </message>
    <message>
        <source>Strength (points, 95 % CI)</source>
        <translation>Stärke (Punkte, 95-%-KI)</translation>
    </message>
    <message>
        <source>Bradley–Terry strength on an Elo-like scale: 1000 is the average candidate, 400 points mean 10:1 odds</source>
        <translation>Bradley–Terry-Stärke auf einer Elo-ähnlichen Skala: 1000 ist der durchschnittliche Kandidat, 400 Punkte bedeuten eine Chance von 10:1</translation>
    </message>
    <message>
        <source>%1: %2 points (95 % CI %3–%4)
%5 wins, %6 ties, %7 losses · Elo %8</source>
        <translation>%1: %2 Punkte (95-%-KI %3–%4)
%5 Siege, %6 Unentschieden, %7 Niederlagen · Elo %8</translation>
    </message>
    <message>
        <source>No ranking yet: judge pairs of outputs in Review (pairwise or rank all)</source>
        <translation>Noch keine Rangfolge: Bewerten Sie unter „Bewerten“ Paare von Ausgaben (Paarvergleich oder alle in Rangfolge)</translation>
    </message>
    <message>
        <source>%1 and %2 are level within their 95 % intervals (%3 vs %4 points)</source>
        <translation>%1 und %2 liegen innerhalb ihrer 95-%-Intervalle gleichauf (%3 zu %4 Punkte)</translation>
    </message>
    <message>
        <source>%1 leads: %2 win rate, %3 points (95 % CI %4–%5)</source>
        <translation>%1 führt: Gewinnrate %2, %3 Punkte (95-%-KI %4–%5)</translation>
    </message>
    <message>
        <source>Win rate between every pair: no pairwise judgments yet</source>
        <translation>Gewinnrate zwischen allen Paaren: noch keine Paarvergleiche</translation>
    </message>
    <message>
        <source>Win rate between every pair (row against column)</source>
        <translation>Gewinnrate zwischen allen Paaren (Zeile gegen Spalte)</translation>
    </message>
    <message>
        <source>%1: median %2 ms, quartiles %3–%4 ms, whiskers %5–%6 ms
%7 runs, %8 outliers</source>
        <translation>%1: Median %2 ms, Quartile %3–%4 ms, Whisker %5–%6 ms
%7 Läufe, %8 Ausreißer</translation>
    </message>
    <message>
        <source>Time to first token (ms)</source>
        <translation>Zeit bis zum ersten Token (ms)</translation>
    </message>
    <message>
        <source>Total time (ms)</source>
        <translation>Gesamtzeit (ms)</translation>
    </message>
    <message>
        <source>Time to first token: no successful runs yet</source>
        <translation>Zeit bis zum ersten Token: noch keine erfolgreichen Läufe</translation>
    </message>
    <message>
        <source>Total time: no successful runs yet</source>
        <translation>Gesamtzeit: noch keine erfolgreichen Läufe</translation>
    </message>
    <message>
        <source>Fastest first token: %1 (median %2 ms)</source>
        <translation>Schnellstes erstes Token: %1 (Median %2 ms)</translation>
    </message>
    <message>
        <source>Fastest answer: %1 (median %2 ms in all)</source>
        <translation>Schnellste Antwort: %1 (Median %2 ms insgesamt)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 tokens/s (median of %n run(s))</source>
        <translation>
            <numerusform>%1: %2 Tokens/s (Median aus %Ln Lauf)</numerusform>
            <numerusform>%1: %2 Tokens/s (Median aus %Ln Läufen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Output tokens per second (median)</source>
        <translation>Ausgabe-Tokens pro Sekunde (Median)</translation>
    </message>
    <message>
        <source>Throughput: no measurements yet</source>
        <translation>Durchsatz: noch keine Messungen</translation>
    </message>
    <message>
        <source>Highest throughput: %1 (%2 tokens/s median)</source>
        <translation>Höchster Durchsatz: %1 (Median %2 Tokens/s)</translation>
    </message>
    <message numerus="yes">
        <source>%1 rated %2: %n time(s)</source>
        <translation>
            <numerusform>%1 mit %2 bewertet: %Ln-mal</numerusform>
            <numerusform>%1 mit %2 bewertet: %Ln-mal</numerusform>
        </translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Wertung</translation>
    </message>
    <message>
        <source>Judgments</source>
        <translation>Bewertungen</translation>
    </message>
    <message>
        <source>Ratings: none yet (rate single outputs in Review)</source>
        <translation>Wertungen: noch keine (werten Sie einzelne Ausgaben unter „Bewerten“)</translation>
    </message>
    <message>
        <source>Rated highest: %1, mean %2 (95 % CI %3–%4)</source>
        <translation>Am besten bewertet: %1, Mittelwert %2 (95-%-KI %3–%4)</translation>
    </message>
    <message>
        <source>Rated highest: %1, mean %2</source>
        <translation>Am besten bewertet: %1, Mittelwert %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 labelled “%2”: %n time(s)</source>
        <translation>
            <numerusform>Label „%2“ für %1: %Ln-mal</numerusform>
            <numerusform>Label „%2“ für %1: %Ln-mal</numerusform>
        </translation>
    </message>
    <message>
        <source>Labels: none used yet</source>
        <translation>Labels: noch keine verwendet</translation>
    </message>
    <message numerus="yes">
        <source>Most used label: “%1” (%n time(s))</source>
        <translation>
            <numerusform>Häufigstes Label: „%1“ (%Ln-mal)</numerusform>
            <numerusform>Häufigstes Label: „%1“ (%Ln-mal)</numerusform>
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
        <translation>erfüllt</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>nicht erfüllt</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>ungültig</translation>
    </message>
    <message numerus="yes">
        <source>Computed from %n rating(s), judgment(s) or run(s)</source>
        <translation>
            <numerusform>Berechnet aus %Ln Wertung, Bewertung oder Lauf</numerusform>
            <numerusform>Berechnet aus %Ln Wertungen, Bewertungen oder Läufen</numerusform>
        </translation>
    </message>
    <message>
        <source>Success criteria: none set (add them on the Sessions page)</source>
        <translation>Erfolgskriterien: keine festgelegt (legen Sie sie auf der Seite „Sitzungen“ fest)</translation>
    </message>
    <message>
        <source>Success criteria: %1 of %2 met</source>
        <translation>Erfolgskriterien: %1 von %2 erfüllt</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Wertungen</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Pairwise outcomes</source>
        <translation>Ergebnisse der Paarvergleiche</translation>
    </message>
    <message>
        <source>Cohen&apos;s kappa</source>
        <translation>Cohens Kappa</translation>
    </message>
    <message>
        <source>Fleiss&apos; kappa</source>
        <translation>Fleiss’ Kappa</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s alpha (ordinal)</source>
        <translation>Krippendorffs Alpha (ordinal)</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s alpha (nominal)</source>
        <translation>Krippendorffs Alpha (nominal)</translation>
    </message>
    <message>
        <source>Agreement between reviewers: needs two or more reviewers judging the same items</source>
        <translation>Übereinstimmung zwischen prüfenden Personen: erfordert mindestens zwei prüfende Personen, die dieselben Einträge bewerten</translation>
    </message>
    <message>
        <source>Agreement between reviewers (kappa after Landis &amp; Koch, alpha after Krippendorff)</source>
        <translation>Übereinstimmung zwischen prüfenden Personen (Kappa nach Landis &amp; Koch, Alpha nach Krippendorff)</translation>
    </message>
    <message>
        <source>There is no chart named %1.</source>
        <translation>Es gibt kein Diagramm namens %1.</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>HTML page (*.html);;PDF document (*.pdf)</source>
        <translation>HTML-Seite (*.html);;PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Saved the report to %1</source>
        <translation>Bericht in %1 gespeichert</translation>
    </message>
    <message>
        <source>Could not save the report: %1</source>
        <translation>Der Bericht konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Computing the dashboard…</source>
        <translation>Dashboard wird berechnet…</translation>
    </message>
    <message>
        <source>The dashboard could not be updated from the session database.</source>
        <translation>Das Dashboard konnte nicht aus der Sitzungsdatenbank aktualisiert werden.</translation>
    </message>
    <message>
        <source>Not updated</source>
        <translation>Nicht aktualisiert</translation>
    </message>
    <message>
        <source>The dashboard could not be computed.</source>
        <translation>Das Dashboard konnte nicht berechnet werden.</translation>
    </message>
    <message>
        <source>%1 (95 % CI)</source>
        <translation>%1 (95-%-KI)</translation>
    </message>
    <message numerus="yes">
        <source>%1 is ahead (%2 vs %3 points), but %n prompt(s) are too few to say so with confidence</source>
        <translation>
            <numerusform>%1 liegt vorn (%2 zu %3 Punkte), aber %Ln Prompt reicht nicht aus, um das sicher zu sagen</numerusform>
            <numerusform>%1 liegt vorn (%2 zu %3 Punkte), aber %Ln Prompts sind zu wenige, um das sicher zu sagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatasetPreview</name>
    <message>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Subset</source>
        <translation>Subset</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Split</translation>
    </message>
    <message>
        <source>Loading subsets and splits…</source>
        <translation>Subsets und Splits werden geladen…</translation>
    </message>
    <message>
        <source>The dataset viewer has no preview for this dataset: %1</source>
        <translation>Der Dataset Viewer bietet für diesen Datensatz keine Vorschau: %1</translation>
    </message>
    <message>
        <source>No splits are available.</source>
        <translation>Keine Splits verfügbar.</translation>
    </message>
    <message>
        <source>%1 rows in all subsets · %2 of Parquet files</source>
        <translation>%1 Zeilen in allen Subsets · %2 an Parquet-Dateien</translation>
    </message>
    <message>
        <source>Loading rows…</source>
        <translation>Zeilen werden geladen…</translation>
    </message>
    <message>
        <source>Loading rows of %1…</source>
        <translation>Zeilen von %1 werden geladen…</translation>
    </message>
    <message>
        <source>Could not load rows: %1</source>
        <translation>Die Zeilen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Rows %1–%2 of %3</source>
        <translation>Zeilen %1–%2 von %3</translation>
    </message>
    <message>
        <source>Rows %1–%2</source>
        <translation>Zeilen %1–%2</translation>
    </message>
</context>
<context>
    <name>DvRowsModel</name>
    <message>
        <source>[image %1×%2]</source>
        <translation>[Bild %1×%2]</translation>
    </message>
    <message>
        <source>[file]</source>
        <translation>[Datei]</translation>
    </message>
    <message>
        <source>[audio]</source>
        <translation>[Audio]</translation>
    </message>
    <message>
        <source> [truncated by the server]</source>
        <translation> [vom Server gekürzt]</translation>
    </message>
</context>
<context>
    <name>EndpointListModel</name>
    <message>
        <source>Hugging Face token</source>
        <translation>Hugging-Face-Token</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>Schlüsselbund</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Default model</source>
        <translation>Standardmodell</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
</context>
<context>
    <name>EndpointService</name>
    <message>
        <source>The environment variable %1, which holds the key of %2, is not set</source>
        <translation>Die Umgebungsvariable %1 mit dem Schlüssel für %2 ist nicht gesetzt</translation>
    </message>
    <message>
        <source>%1 is not reachable: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>The server rejected the key (HTTP %1)</source>
        <translation>Der Server hat den Schlüssel abgelehnt (HTTP %1)</translation>
    </message>
    <message>
        <source>The server needs a key (HTTP %1)</source>
        <translation>Der Server verlangt einen Schlüssel (HTTP %1)</translation>
    </message>
    <message>
        <source>Reachable, but listing models failed with HTTP %1</source>
        <translation>Erreichbar, aber das Abrufen der Modelle ist fehlgeschlagen (HTTP %1)</translation>
    </message>
    <message numerus="yes">
        <source>Reachable; %n model(s) available</source>
        <translation>
            <numerusform>Erreichbar; %Ln Modell verfügbar</numerusform>
            <numerusform>Erreichbar; %Ln Modelle verfügbar</numerusform>
        </translation>
    </message>
    <message>
        <source>Reachable, but the model list could not be read: %1</source>
        <translation>Erreichbar, aber die Modellliste konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>EndpointStore</name>
    <message>
        <source>“%1” is not a valid endpoint name: use letters, digits, &apos;.&apos;, &apos;-&apos; or &apos;_&apos; (up to 64)</source>
        <translation>„%1“ ist kein gültiger Endpunktname: erlaubt sind Buchstaben, Ziffern, &apos;.&apos;, &apos;-&apos; und &apos;_&apos; (höchstens 64 Zeichen)</translation>
    </message>
    <message>
        <source>Endpoint %1: %2</source>
        <translation>Endpunkt %1: %2</translation>
    </message>
    <message>
        <source>Endpoint %1: the timeouts must be positive</source>
        <translation>Endpunkt %1: Die Zeitlimits müssen positiv sein</translation>
    </message>
    <message>
        <source>An endpoint named “%1” already exists</source>
        <translation>Ein Endpunkt namens „%1“ existiert bereits</translation>
    </message>
    <message>
        <source>No endpoint with id %1</source>
        <translation>Kein Endpunkt mit der ID %1</translation>
    </message>
    <message>
        <source>No endpoint named “%1”</source>
        <translation>Kein Endpunkt namens „%1“</translation>
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
        <translation>OpenAI-kompatibler Server</translation>
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
        <translation>Keine gültige URL</translation>
    </message>
    <message>
        <source>The URL must start with http:// or https://</source>
        <translation>Die URL muss mit http:// oder https:// beginnen</translation>
    </message>
    <message>
        <source>Put the API key in the key field, not in the URL: URLs are stored and shown in plain text</source>
        <translation>Tragen Sie den API-Schlüssel in das Schlüsselfeld ein, nicht in die URL: URLs werden im Klartext gespeichert und angezeigt</translation>
    </message>
</context>
<context>
    <name>EndpointsDialog</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <source>&amp;Detect local servers</source>
        <translation>&amp;Lokale Server erkennen</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>Endpunkte</translation>
    </message>
    <message>
        <source>https://… or http://127.0.0.1:PORT</source>
        <translation>https://… oder http://127.0.0.1:PORT</translation>
    </message>
    <message>
        <source>e.g. meta-llama/Llama-3.1-8B-Instruct or llama3.2</source>
        <translation>z. B. meta-llama/Llama-3.1-8B-Instruct oder llama3.2</translation>
    </message>
    <message>
        <source>Kept in the system keychain; leave empty to keep the saved one</source>
        <translation>Wird im Schlüsselbund des Systems abgelegt; leer lassen, um den gespeicherten zu behalten</translation>
    </message>
    <message>
        <source>or the name of an environment variable holding it</source>
        <translation>oder der Name einer Umgebungsvariable, die ihn enthält</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>Na&amp;me</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>T&amp;yp</translation>
    </message>
    <message>
        <source>&amp;URL</source>
        <translation>&amp;URL</translation>
    </message>
    <message>
        <source>Default &amp;model</source>
        <translation>Stan&amp;dardmodell</translation>
    </message>
    <message>
        <source>API &amp;key</source>
        <translation>&amp;API-Schlüssel</translation>
    </message>
    <message>
        <source>Key from &amp;variable</source>
        <translation>Schlüssel aus &amp;Variable</translation>
    </message>
    <message>
        <source>in /</source>
        <translation>Eingabe /</translation>
    </message>
    <message>
        <source>out per 1M tokens</source>
        <translation>Ausgabe pro 1 Mio. Tokens</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Wait for a cold start</source>
        <translation>Wartezeit bei Kaltstart</translation>
    </message>
    <message>
        <source>Stall timeout</source>
        <translation>Zeitlimit bei Stillstand</translation>
    </message>
    <message>
        <source>Hugging Face endpoints use your Hugging Face token (Settings), sent only to Hugging Face hosts</source>
        <translation>Endpunkte von Hugging Face verwenden Ihr Hugging-Face-Token (Einstellungen), das nur an Hosts von Hugging Face gesendet wird</translation>
    </message>
    <message>
        <source>Saved, but the key could not be stored: %1</source>
        <translation>Gespeichert, aber der Schlüssel konnte nicht abgelegt werden: %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Removed %1; its past runs keep its name</source>
        <translation>%1 entfernt; frühere Läufe behalten seinen Namen</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>%1 wird getestet…</translation>
    </message>
    <message>
        <source>Looking for local servers on 127.0.0.1…</source>
        <translation>Suche nach lokalen Servern auf 127.0.0.1…</translation>
    </message>
    <message numerus="yes">
        <source>%1 at %2 — %n model(s); double-click to add</source>
        <translation>
            <numerusform>%1 unter %2 – %Ln Modell; zum Hinzufügen doppelklicken</numerusform>
            <numerusform>%1 unter %2 – %Ln Modelle; zum Hinzufügen doppelklicken</numerusform>
        </translation>
    </message>
    <message>
        <source>No local inference server answered (Ollama 11434, llama.cpp 8080/9931, LM Studio 1234, vLLM 8000, TGI 3000).</source>
        <translation>Kein lokaler Inferenzserver hat geantwortet (Ollama 11434, llama.cpp 8080/9931, LM Studio 1234, vLLM 8000, TGI 3000).</translation>
    </message>
    <message numerus="yes">
        <source>Found %n server(s).</source>
        <translation>
            <numerusform>%Ln Server gefunden.</numerusform>
            <numerusform>%Ln Server gefunden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExplorePage</name>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>Datasets</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <source>Search the Hub (/ or Ctrl+F)</source>
        <translation>Hub durchsuchen (/ oder Strg+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Sort</source>
        <translation>Sortierung</translation>
    </message>
    <message>
        <source>Trending</source>
        <translation>Im Trend</translation>
    </message>
    <message>
        <source>Most downloads</source>
        <translation>Meiste Downloads</translation>
    </message>
    <message>
        <source>Most likes</source>
        <translation>Meiste Likes</translation>
    </message>
    <message>
        <source>Recently updated</source>
        <translation>Zuletzt aktualisiert</translation>
    </message>
    <message>
        <source>Recently created</source>
        <translation>Zuletzt erstellt</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Wird geladen</translation>
    </message>
    <message>
        <source>Loading datasets…</source>
        <translation>Datensätze werden geladen…</translation>
    </message>
    <message>
        <source>Loading models…</source>
        <translation>Modelle werden geladen…</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Any task</source>
        <translation>Alle Aufgaben</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>Any library</source>
        <translation>Alle Bibliotheken</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Alle Sprachen</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Any license</source>
        <translation>Alle Lizenzen</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Zugang</translation>
    </message>
    <message>
        <source>Gated or not</source>
        <translation>Beschränkt oder frei</translation>
    </message>
    <message>
        <source>Not gated</source>
        <translation>Frei zugänglich</translation>
    </message>
    <message>
        <source>Gated only</source>
        <translation>Nur zugangsbeschränkt</translation>
    </message>
    <message>
        <source>Inference providers</source>
        <translation>Inferenzanbieter</translation>
    </message>
    <message>
        <source>Any serving</source>
        <translation>Mit oder ohne Anbieter</translation>
    </message>
    <message>
        <source>Served by a provider</source>
        <translation>Bei einem Anbieter verfügbar</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Any size</source>
        <translation>Alle Größen</translation>
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
        <translation>Autor</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <source>No results. Try fewer filters or another search.</source>
        <translation>Keine Ergebnisse. Versuchen Sie es mit weniger Filtern oder einer anderen Suche.</translation>
    </message>
    <message numerus="yes">
        <source>%n dataset(s) loaded</source>
        <translation>
            <numerusform>%Ln Datensatz geladen</numerusform>
            <numerusform>%Ln Datensätze geladen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) loaded</source>
        <translation>
            <numerusform>%Ln Modell geladen</numerusform>
            <numerusform>%Ln Modelle geladen</numerusform>
        </translation>
    </message>
    <message>
        <source> · more available</source>
        <translation> · weitere verfügbar</translation>
    </message>
    <message>
        <source> · end of results</source>
        <translation> · Ende der Ergebnisse</translation>
    </message>
    <message>
        <source> · cached %1</source>
        <translation> · Cache-Stand: %1</translation>
    </message>
    <message>
        <source>Offline (HF_HUB_OFFLINE). Showing cached results from %1.</source>
        <translation>Offline (HF_HUB_OFFLINE). Angezeigt werden Ergebnisse aus dem Cache, Stand: %1.</translation>
    </message>
    <message>
        <source>The Hub could not be reached (%1). Showing cached results from %2.</source>
        <translation>Der Hub ist nicht erreichbar (%1). Angezeigt werden Ergebnisse aus dem Cache, Stand: %2.</translation>
    </message>
    <message numerus="yes">
        <source>The Hub&apos;s rate limit was reached. It resets in %n second(s); sign in with a token for higher limits.</source>
        <translation>
            <numerusform>Das Ratenlimit des Hubs ist erreicht. Es wird in %Ln Sekunde zurückgesetzt; mit einem Token erhalten Sie höhere Limits.</numerusform>
            <numerusform>Das Ratenlimit des Hubs ist erreicht. Es wird in %Ln Sekunden zurückgesetzt; mit einem Token erhalten Sie höhere Limits.</numerusform>
        </translation>
    </message>
    <message>
        <source>The Hub&apos;s rate limit was reached. Try again in a few minutes; sign in with a token for higher limits.</source>
        <translation>Das Ratenlimit des Hubs ist erreicht. Versuchen Sie es in ein paar Minuten erneut; mit einem Token erhalten Sie höhere Limits.</translation>
    </message>
    <message>
        <source>Offline (HF_HUB_OFFLINE) and these results were never loaded before.</source>
        <translation>Offline (HF_HUB_OFFLINE): Diese Ergebnisse wurden noch nie geladen.</translation>
    </message>
    <message>
        <source>The Hub could not be reached: %1. Check your connection.</source>
        <translation>Der Hub ist nicht erreichbar: %1. Prüfen Sie Ihre Verbindung.</translation>
    </message>
    <message>
        <source>Your Hugging Face token was rejected. Update it in Settings.</source>
        <translation>Ihr Hugging-Face-Token wurde abgelehnt. Aktualisieren Sie es in den Einstellungen.</translation>
    </message>
    <message>
        <source>The Hub had a problem (%1). Try again in a moment.</source>
        <translation>Beim Hub ist ein Problem aufgetreten (%1). Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The Hub did not accept this search: %1</source>
        <translation>Der Hub hat diese Suche nicht angenommen: %1</translation>
    </message>
    <message>
        <source>Could not load results: %1</source>
        <translation>Die Ergebnisse konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>request %1</source>
        <translation>Anfrage-ID %1</translation>
    </message>
    <message>
        <source>Added %1 to the candidates</source>
        <translation>%1 zu den Kandidaten hinzugefügt</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>vor %Ln Minute</numerusform>
            <numerusform>vor %Ln Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>vor %Ln Stunde</numerusform>
            <numerusform>vor %Ln Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %Ln Tag</numerusform>
            <numerusform>vor %Ln Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) ago</source>
        <translation>
            <numerusform>vor %Ln Monat</numerusform>
            <numerusform>vor %Ln Monaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) ago</source>
        <translation>
            <numerusform>vor %Ln Jahr</numerusform>
            <numerusform>vor %Ln Jahren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HeatmapView</name>
    <message>
        <source>%1 vs %2: not compared yet</source>
        <translation>%1 gegen %2: noch nicht verglichen</translation>
    </message>
    <message>
        <source>%1 vs %2: win rate %3
%4 wins, %5 ties, %6 losses</source>
        <translation>%1 gegen %2: Gewinnrate %3
%4 Siege, %5 Unentschieden, %6 Niederlagen</translation>
    </message>
    <message>
        <source>No pairwise judgments yet</source>
        <translation>Noch keine Paarvergleiche</translation>
    </message>
</context>
<context>
    <name>JudgmentStore</name>
    <message>
        <source>A judgment needs a reviewer name</source>
        <translation>Eine Bewertung braucht den Namen der prüfenden Person</translation>
    </message>
    <message>
        <source>There is no run %1</source>
        <translation>Es gibt keinen Lauf %1</translation>
    </message>
    <message>
        <source>A pairwise judgment needs two different runs</source>
        <translation>Ein Paarvergleich braucht zwei verschiedene Läufe</translation>
    </message>
    <message>
        <source>There is no run %1 or no run %2</source>
        <translation>Lauf %1 oder Lauf %2 gibt es nicht</translation>
    </message>
    <message>
        <source>Runs %1 and %2 answer different prompts</source>
        <translation>Die Läufe %1 und %2 beantworten verschiedene Prompts</translation>
    </message>
    <message>
        <source>A decision needs some text</source>
        <translation>Eine Entscheidung braucht einen Text</translation>
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
        <translation>Seiten</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Candidates</source>
        <translation>&amp;Kandidaten</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About HubLens</source>
        <translation>Ü&amp;ber HubLens</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Candidate &amp;grid…</source>
        <translation>Kandidaten&amp;tabelle…</translation>
    </message>
</context>
<context>
    <name>RepoDetailView</name>
    <message>
        <source>Add to candidates</source>
        <translation>Zu den Kandidaten hinzufügen</translation>
    </message>
    <message>
        <source>Open on the Hub</source>
        <translation>Auf dem Hub öffnen</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Split</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Provider&apos;s model id</source>
        <translation>Modell-ID beim Anbieter</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Speicherart</translation>
    </message>
    <message>
        <source>Quantisation</source>
        <translation>Quantisierung</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>Select a repository to see its card, metadata and files.</source>
        <translation>Wählen Sie ein Repository aus, um Karte, Metadaten und Dateien zu sehen.</translation>
    </message>
    <message>
        <source>Add this model to the candidate list (Ctrl+Enter)</source>
        <translation>Dieses Modell zur Kandidatenliste hinzufügen (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Inference providers</source>
        <translation>Inferenzanbieter</translation>
    </message>
    <message>
        <source>Evaluation results (model-index)</source>
        <translation>Evaluierungsergebnisse (model-index)</translation>
    </message>
    <message>
        <source>GGUF quantisations</source>
        <translation>GGUF-Quantisierungen</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Loading the card…</source>
        <translation>Karte wird geladen…</translation>
    </message>
    <message>
        <source>Loading files…</source>
        <translation>Dateien werden geladen…</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>%1 wird geladen…</translation>
    </message>
    <message>
        <source>details</source>
        <translation>Die Details</translation>
    </message>
    <message>
        <source>This repository has no card (README.md).</source>
        <translation>Dieses Repository hat keine Karte (README.md).</translation>
    </message>
    <message>
        <source>The card could not be loaded: %1</source>
        <translation>Die Karte konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>The file list could not be loaded: %1</source>
        <translation>Die Dateiliste konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Could not load the %1: %2</source>
        <translation>%1 konnten nicht geladen werden: %2</translation>
    </message>
    <message>
        <source>HTTP %1 · %2</source>
        <translation>HTTP %1 · %2</translation>
    </message>
    <message>
        <source>License: %1</source>
        <translation>Lizenz: %1</translation>
    </message>
    <message>
        <source>🔒 Gated (%1)</source>
        <translation>🔒 Zugangsbeschränkt (%1)</translation>
    </message>
    <message>
        <source>manual approval</source>
        <translation>manuelle Freigabe</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privat</translation>
    </message>
    <message numerus="yes">
        <source>Served by %n provider(s)</source>
        <translation>
            <numerusform>Bei %Ln Anbieter verfügbar</numerusform>
            <numerusform>Bei %Ln Anbietern verfügbar</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 parameters</source>
        <translation>%1 Parameter</translation>
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
        <translation>Autor</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Gated</source>
        <translation>Zugangsbeschränkt</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Yes, manual approval</source>
        <translation>Ja, manuelle Freigabe</translation>
    </message>
    <message>
        <source>Yes, automatic approval</source>
        <translation>Ja, automatische Freigabe</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>Base model</source>
        <translation>Basismodell</translation>
    </message>
    <message>
        <source>Datasets</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Context length</source>
        <translation>Kontextlänge</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Architektur</translation>
    </message>
    <message>
        <source>Chat template</source>
        <translation>Chat-Vorlage</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Task categories</source>
        <translation>Aufgabenkategorien</translation>
    </message>
    <message>
        <source>Size category</source>
        <translation>Größenkategorie</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <source>Downloads (30 days)</source>
        <translation>Downloads (30 Tage)</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>Likes</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), %1 in total</source>
        <translation>
            <numerusform>%Ln Datei, insgesamt %1</numerusform>
            <numerusform>%Ln Dateien, insgesamt %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
</context>
<context>
    <name>RepoListModel</name>
    <message>
        <source>Repository</source>
        <translation>Repository</translation>
    </message>
    <message>
        <source>Task category</source>
        <translation>Aufgabenkategorie</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Downloads</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>Likes</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Lizenz</translation>
    </message>
</context>
<context>
    <name>ReviewController</name>
    <message>
        <source>Saved: A is better</source>
        <translation>Gespeichert: A ist besser</translation>
    </message>
    <message>
        <source>Saved: B is better</source>
        <translation>Gespeichert: B ist besser</translation>
    </message>
    <message>
        <source>Saved: a tie</source>
        <translation>Gespeichert: unentschieden</translation>
    </message>
    <message>
        <source>Saved: both are bad</source>
        <translation>Gespeichert: beide schlecht</translation>
    </message>
    <message>
        <source>Ratings in this session go from %1 to %2</source>
        <translation>Wertungen reichen in dieser Sitzung von %1 bis %2</translation>
    </message>
    <message>
        <source>Saved: rated %1</source>
        <translation>Gespeichert: Wertung %1</translation>
    </message>
    <message>
        <source>Saved: rated %1 (%2)</source>
        <translation>Gespeichert: Wertung %1 (%2)</translation>
    </message>
    <message>
        <source>“%1” is not one of this session’s labels: %2</source>
        <translation>„%1“ gehört nicht zu den Labels dieser Sitzung: %2</translation>
    </message>
    <message>
        <source>Saved: no labels</source>
        <translation>Gespeichert: keine Labels</translation>
    </message>
    <message>
        <source>Saved: labels %1</source>
        <translation>Gespeichert: Labels %1</translation>
    </message>
    <message>
        <source>Saved: note removed</source>
        <translation>Gespeichert: Notiz entfernt</translation>
    </message>
    <message>
        <source>Saved: note</source>
        <translation>Gespeichert: Notiz</translation>
    </message>
    <message>
        <source>Saved: flagged</source>
        <translation>Gespeichert: markiert</translation>
    </message>
    <message>
        <source>Saved: flag removed</source>
        <translation>Gespeichert: Markierung entfernt</translation>
    </message>
    <message>
        <source>ranked %1 of %2</source>
        <translation>Platz %1 von %2</translation>
    </message>
    <message>
        <source>Saved: ranked %1</source>
        <translation>Gespeichert: Rangfolge %1</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Rückgängig gemacht</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>TTFT %1</source>
        <translation>TTFT %1</translation>
    </message>
    <message>
        <source>total %1</source>
        <translation>gesamt %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln token(s)</source>
        <translation>
            <numerusform>%Ln Token</numerusform>
            <numerusform>%Ln Tokens</numerusform>
        </translation>
    </message>
    <message>
        <source>via %1</source>
        <translation>über %1</translation>
    </message>
    <message>
        <source>finish: %1</source>
        <translation>Ende: %1</translation>
    </message>
    <message>
        <source>&amp;Blind</source>
        <translation>&amp;Blind</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Markieren</translation>
    </message>
    <message>
        <source>U  Undo</source>
        <translation>U  Rückgängig</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Layout</translation>
    </message>
    <message>
        <source>Single output</source>
        <translation>Einzelne Ausgabe</translation>
    </message>
    <message>
        <source>Pairwise</source>
        <translation>Paarvergleich</translation>
    </message>
    <message>
        <source>Rank all</source>
        <translation>Alle in Rangfolge</translation>
    </message>
    <message>
        <source>Hide endpoints and models and shuffle positions until you have judged the item</source>
        <translation>Endpunkte und Modelle ausblenden und Positionen mischen, bis Sie den Eintrag bewertet haben</translation>
    </message>
    <message>
        <source>Change the name your judgments are saved under</source>
        <translation>Den Namen ändern, unter dem Ihre Bewertungen gespeichert werden</translation>
    </message>
    <message>
        <source>Review progress</source>
        <translation>Bewertungsfortschritt</translation>
    </message>
    <message>
        <source>&amp;Session:</source>
        <translation>&amp;Sitzung:</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>&amp;Layout:</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>Reviewer name</source>
        <translation>Name der prüfenden Person</translation>
    </message>
    <message>
        <source>Who is reviewing? Your name is saved with every judgment you make, and you get your own queue; nobody else&apos;s judgments are changed.</source>
        <translation>Wer bewertet? Ihr Name wird mit jeder Ihrer Bewertungen gespeichert, und Sie erhalten Ihre eigene Warteschlange; die Bewertungen anderer bleiben unverändert.</translation>
    </message>
    <message>
        <source>Start reviewing</source>
        <translation>Bewertung starten</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>L  labels, comma-separated</source>
        <translation>L  Labels, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>N  note</source>
        <translation>N  Notiz</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Flag this output for a closer look (counts as judged)</source>
        <translation>Diese Ausgabe zur genaueren Prüfung markieren (gilt als bewertet)</translation>
    </message>
    <message>
        <source>A  left is better</source>
        <translation>A  links ist besser</translation>
    </message>
    <message>
        <source>B  right is better</source>
        <translation>B  rechts ist besser</translation>
    </message>
    <message>
        <source>T  tie</source>
        <translation>T  unentschieden</translation>
    </message>
    <message>
        <source>X  both bad</source>
        <translation>X  beide schlecht</translation>
    </message>
    <message>
        <source>N  reason (optional)</source>
        <translation>N  Begründung (optional)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Press the letters from best to worst; Backspace starts again.</source>
        <translation>Drücken Sie die Buchstaben von der besten zur schlechtesten Ausgabe; mit der Rücktaste beginnen Sie von vorn.</translation>
    </message>
    <message>
        <source>K  Previous</source>
        <translation>K  Zurück</translation>
    </message>
    <message>
        <source>J  Next</source>
        <translation>J  Weiter</translation>
    </message>
    <message>
        <source>Last action</source>
        <translation>Letzte Aktion</translation>
    </message>
    <message>
        <source>Reviewer: not chosen</source>
        <translation>Prüfende Person: nicht gewählt</translation>
    </message>
    <message>
        <source>Reviewer: %1</source>
        <translation>Prüfende Person: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Rate %1</source>
        <translation>Mit %1 bewerten</translation>
    </message>
    <message>
        <source>This session&apos;s labels: %1</source>
        <translation>Labels dieser Sitzung: %1</translation>
    </message>
    <message>
        <source>Any labels, separated by commas</source>
        <translation>Beliebige Labels, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Response %1</source>
        <translation>Antwort %1</translation>
    </message>
    <message>
        <source>Choose your reviewer name above to start.</source>
        <translation>Wählen Sie oben Ihren Namen, um zu beginnen.</translation>
    </message>
    <message>
        <source>No sessions yet. Run prompts in Compare: every run is saved in a session, ready for review here.</source>
        <translation>Noch keine Sitzungen. Führen Sie Prompts unter „Vergleichen“ aus: Jeder Lauf wird in einer Sitzung gespeichert und kann hier bewertet werden.</translation>
    </message>
    <message>
        <source>Nothing to compare in this session yet: pairwise and ranked review need at least two outputs of the same prompt. Run a prompt against several endpoints in Compare.</source>
        <translation>In dieser Sitzung gibt es noch nichts zu vergleichen: Paarvergleich und Rangfolge brauchen mindestens zwei Ausgaben desselben Prompts. Führen Sie unter „Vergleichen“ einen Prompt mit mehreren Endpunkten aus.</translation>
    </message>
    <message>
        <source>Nothing to review in this session yet. Run prompts in Compare.</source>
        <translation>In dieser Sitzung gibt es noch nichts zu bewerten. Führen Sie Prompts unter „Vergleichen“ aus.</translation>
    </message>
    <message>
        <source>System: %1

%2</source>
        <translation>System: %1

%2</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>⚠ This output names its maker (“%1”): blindness may be broken.</source>
        <translation>⚠ Diese Ausgabe nennt ihren Hersteller („%1“): Die Verblindung ist möglicherweise aufgehoben.</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>%1  pick next</source>
        <translation>%1  als Nächstes wählen</translation>
    </message>
    <message>
        <source>Ranked: %1</source>
        <translation>Rangfolge: %1</translation>
    </message>
    <message>
        <source>You have judged %1 of the %2 items in your queue</source>
        <translation>Sie haben %1 der %2 Einträge in Ihrer Warteschlange bewertet</translation>
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
        <translation>Standardsitzung</translation>
    </message>
    <message>
        <source>A session needs a name</source>
        <translation>Eine Sitzung braucht einen Namen</translation>
    </message>
    <message>
        <source>“%1” is in the trash: restore it or choose another name</source>
        <translation>„%1“ liegt im Papierkorb: Stellen Sie die Sitzung wieder her oder wählen Sie einen anderen Namen</translation>
    </message>
    <message>
        <source>There is no session %1</source>
        <translation>Es gibt keine Sitzung %1</translation>
    </message>
    <message>
        <source>There is already a session named “%1”</source>
        <translation>Es gibt bereits eine Sitzung namens „%1“</translation>
    </message>
    <message>
        <source>The session “%1” could not be created</source>
        <translation>Die Sitzung „%1“ konnte nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>Cannot read the secrets file %1: %2</source>
        <translation>Die Zugangsdaten-Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The secrets file %1 is damaged (not a JSON object); delete it and save the secrets again</source>
        <translation>Die Zugangsdaten-Datei %1 ist beschädigt (kein JSON-Objekt); löschen Sie sie und speichern Sie die Zugangsdaten erneut</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>Der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Cannot write the secrets file %1: %2</source>
        <translation>Die Zugangsdaten-Datei %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot restrict the permissions of %1</source>
        <translation>Die Zugriffsrechte von %1 können nicht eingeschränkt werden</translation>
    </message>
</context>
<context>
    <name>SessionListModel</name>
    <message>
        <source>Deleted for good on %1 unless restored</source>
        <translation>Wird am %1 endgültig gelöscht, sofern sie nicht wiederhergestellt wird</translation>
    </message>
    <message>
        <source>In the trash</source>
        <translation>Im Papierkorb</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation>Prompts</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <source>Judgments</source>
        <translation>Bewertungen</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
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
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>D&amp;uplicate…</source>
        <translation>Du&amp;plizieren…</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archivieren</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Delete for &amp;good…</source>
        <translation>&amp;Endgültig löschen…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Re&amp;view</source>
        <translation>Bewer&amp;ten</translation>
    </message>
    <message>
        <source>Continue in &amp;Compare</source>
        <translation>In „Vergleichen“ &amp;fortsetzen</translation>
    </message>
    <message>
        <source>Search prompts, outputs, notes and reasons</source>
        <translation>Prompts, Ausgaben, Notizen und Begründungen durchsuchen</translation>
    </message>
    <message>
        <source>Search sessions</source>
        <translation>Sitzungen durchsuchen</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Active sessions</source>
        <translation>Aktive Sitzungen</translation>
    </message>
    <message>
        <source>Active and archived</source>
        <translation>Aktive und archivierte</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Papierkorb</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>Save the session as JSONL (every run with its prompt and judgments), CSV (for spreadsheets) or a bundle (an SQLite file another reviewer can import)</source>
        <translation>Die Sitzung als JSONL (jeder Lauf mit seinem Prompt und seinen Bewertungen), als CSV (für Tabellenkalkulationen) oder als Paket (eine SQLite-Datei, die eine andere prüfende Person importieren kann) speichern</translation>
    </message>
    <message>
        <source>Merge a JSONL export or a bundle: another reviewer&apos;s judgments are added, nothing is duplicated</source>
        <translation>Einen JSONL-Export oder ein Paket zusammenführen: Die Bewertungen einer anderen prüfenden Person werden hinzugefügt, nichts wird doppelt angelegt</translation>
    </message>
    <message>
        <source>What is this evaluation for? (e.g. pick a summariser for support tickets)</source>
        <translation>Wozu dient diese Evaluierung? (z. B. ein Modell zum Zusammenfassen von Support-Tickets auswählen)</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Lowest rating</source>
        <translation>Niedrigste Wertung</translation>
    </message>
    <message>
        <source>Highest rating</source>
        <translation>Höchste Wertung</translation>
    </message>
    <message>
        <source>e.g. unusable | poor | fair | good | excellent</source>
        <translation>z. B. unbrauchbar | schwach | mittel | gut | sehr gut</translation>
    </message>
    <message>
        <source>e.g. hallucination, off-topic, too long (empty: any label)</source>
        <translation>z. B. Halluzination, themenfremd, zu lang (leer: beliebige Labels)</translation>
    </message>
    <message>
        <source>One per line, e.g.
mean_rating &gt;= 4
win_rate &gt;= 60 baseline=gpt-4o
p95_latency_ms &lt;= 2000
error_rate &lt;= 2
cost_per_1k_output_tokens &lt;= 0.5</source>
        <translation>Ein Kriterium pro Zeile, z. B.
mean_rating &gt;= 4
win_rate &gt;= 60 baseline=gpt-4o
p95_latency_ms &lt;= 2000
error_rate &lt;= 2
cost_per_1k_output_tokens &lt;= 0.5</translation>
    </message>
    <message>
        <source>Success criteria results</source>
        <translation>Ergebnisse der Erfolgskriterien</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Grundlage</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Einstellungen speichern</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <source>Rating &amp;scale:</source>
        <translation>Wertungs&amp;skala:</translation>
    </message>
    <message>
        <source>&amp;Anchors:</source>
        <translation>Anke&amp;r:</translation>
    </message>
    <message>
        <source>&amp;Labels:</source>
        <translation>La&amp;bels:</translation>
    </message>
    <message>
        <source>Success &amp;criteria:</source>
        <translation>Erfolgs&amp;kriterien:</translation>
    </message>
    <message>
        <source>Decision log</source>
        <translation>Entscheidungsprotokoll</translation>
    </message>
    <message>
        <source>What was decided, and why</source>
        <translation>Was entschieden wurde und warum</translation>
    </message>
    <message>
        <source>New decision</source>
        <translation>Neue Entscheidung</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Eintragen</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Neue Sitzung</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Rename session</source>
        <translation>Sitzung umbenennen</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <source>Duplicate session</source>
        <translation>Sitzung duplizieren</translation>
    </message>
    <message>
        <source>Name of the copy (its prompts and runs are copied; judgments are not):</source>
        <translation>Name der Kopie (Prompts und Läufe werden kopiert, Bewertungen nicht):</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <source>CSV for spreadsheets (*.csv)</source>
        <translation>CSV für Tabellenkalkulationen (*.csv)</translation>
    </message>
    <message>
        <source>HubLens bundle (*.hublens)</source>
        <translation>HubLens-Paket (*.hublens)</translation>
    </message>
    <message>
        <source>Export session</source>
        <translation>Sitzung exportieren</translation>
    </message>
    <message>
        <source>Import sessions</source>
        <translation>Sitzungen importieren</translation>
    </message>
    <message>
        <source>HubLens exports (*.jsonl *.hublens);;All files (*)</source>
        <translation>HubLens-Exporte (*.jsonl *.hublens);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>Endgültig löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete “%1” with its %Ln run(s) and every judgment for good? This cannot be undone.</source>
        <translation>
            <numerusform>Die Sitzung „%1“ mit ihrem %Ln Lauf und allen Bewertungen endgültig löschen? Das kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>Die Sitzung „%1“ mit ihren %Ln Läufen und allen Bewertungen endgültig löschen? Das kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Session restored</source>
        <translation>Sitzung wiederhergestellt</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>A session needs a name.</source>
        <translation>Eine Sitzung braucht einen Namen.</translation>
    </message>
    <message>
        <source>There is already a session named “%1” (it may be in the trash).</source>
        <translation>Es gibt bereits eine Sitzung namens „%1“ (sie liegt eventuell im Papierkorb).</translation>
    </message>
    <message>
        <source>The session could not be created: %1</source>
        <translation>Die Sitzung konnte nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>Session “%1” created</source>
        <translation>Sitzung „%1“ angelegt</translation>
    </message>
    <message>
        <source>Session duplicated</source>
        <translation>Sitzung dupliziert</translation>
    </message>
    <message>
        <source>Session taken out of the archive</source>
        <translation>Sitzung aus dem Archiv geholt</translation>
    </message>
    <message>
        <source>Session archived</source>
        <translation>Sitzung archiviert</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>“%1” was moved to the trash. It is deleted for good after 30 days unless you restore it.</source>
        <translation>„%1“ wurde in den Papierkorb verschoben. Die Sitzung wird nach 30 Tagen endgültig gelöscht, sofern Sie sie nicht wiederherstellen.</translation>
    </message>
    <message>
        <source>Session deleted for good</source>
        <translation>Sitzung endgültig gelöscht</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>The decision could not be saved: %1</source>
        <translation>Die Entscheidung konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>%1 in “%2”: %3</source>
        <translation>%1 in „%2“: %3</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>Keine Treffer für „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es)</source>
        <translation>
            <numerusform>%Ln Treffer</numerusform>
            <numerusform>%Ln Treffer</numerusform>
        </translation>
    </message>
    <message>
        <source>Un&amp;archive</source>
        <translation>Aus dem &amp;Archiv holen</translation>
    </message>
    <message>
        <source>No sessions here</source>
        <translation>Hier gibt es keine Sitzungen</translation>
    </message>
    <message>
        <source>No session selected</source>
        <translation>Keine Sitzung ausgewählt</translation>
    </message>
    <message>
        <source>Every run you make in Compare is saved in a session. Create one with New…, or run a prompt in Compare to start the default session.</source>
        <translation>Jeder Lauf unter „Vergleichen“ wird in einer Sitzung gespeichert. Legen Sie mit „Neu…“ eine an oder führen Sie unter „Vergleichen“ einen Prompt aus, um die Standardsitzung zu beginnen.</translation>
    </message>
    <message numerus="yes">
        <source>Created %1 · %Ln prompt(s)</source>
        <translation>
            <numerusform>Erstellt %1 · %Ln Prompt</numerusform>
            <numerusform>Erstellt %1 · %Ln Prompts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %Ln run(s)</source>
        <translation>
            <numerusform> · %Ln Lauf</numerusform>
            <numerusform> · %Ln Läufe</numerusform>
        </translation>
    </message>
    <message>
        <source> · no judgments yet</source>
        <translation> · noch keine Bewertungen</translation>
    </message>
    <message>
        <source> · judged by %1</source>
        <translation> · bewertet von %1</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 – %2: %3</translation>
    </message>
    <message>
        <source>The highest rating must be above the lowest.</source>
        <translation>Die höchste Wertung muss über der niedrigsten liegen.</translation>
    </message>
    <message>
        <source>The settings could not be saved: %1</source>
        <translation>Die Einstellungen konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Session settings saved</source>
        <translation>Sitzungseinstellungen gespeichert</translation>
    </message>
    <message>
        <source>✓ Pass</source>
        <translation>✓ Erfüllt</translation>
    </message>
    <message>
        <source>✗ Fail</source>
        <translation>✗ Nicht erfüllt</translation>
    </message>
    <message>
        <source>No data yet</source>
        <translation>Noch keine Daten</translation>
    </message>
    <message>
        <source>Invalid: %1</source>
        <translation>Ungültig: %1</translation>
    </message>
    <message>
        <source>How many ratings, pairwise judgments or runs the value is computed from</source>
        <translation>Anzahl der Wertungen, Paarvergleiche oder Läufe, aus denen der Wert berechnet wird</translation>
    </message>
    <message>
        <source>Exporting “%1”…</source>
        <translation>„%1“ wird exportiert…</translation>
    </message>
    <message>
        <source>“%1” could not be exported: %2</source>
        <translation>„%1“ konnte nicht exportiert werden: %2</translation>
    </message>
    <message>
        <source>“%1” was exported to %2.</source>
        <translation>„%1“ wurde nach %2 exportiert.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 wird importiert…</translation>
    </message>
    <message>
        <source>Nothing was imported from %1: %2</source>
        <translation>Aus %1 wurde nichts importiert: %2</translation>
    </message>
    <message>
        <source>%1 holds nothing new: everything in it is already here.</source>
        <translation>%1 enthält nichts Neues: Alles darin ist bereits vorhanden.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %1 into %2: %Ln run(s) added</source>
        <translation>
            <numerusform>%1 in %2 importiert: %Ln Lauf hinzugefügt</numerusform>
            <numerusform>%1 in %2 importiert: %Ln Läufe hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %Ln judgment(s) added</source>
        <translation>
            <numerusform>, %Ln Bewertung hinzugefügt</numerusform>
            <numerusform>, %Ln Bewertungen hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %Ln updated.</source>
        <translation>
            <numerusform>, %Ln aktualisiert.</numerusform>
            <numerusform>, %Ln aktualisiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Dashboard</translation>
    </message>
    <message>
        <source>Charts, rankings with confidence intervals, and the criteria for this session</source>
        <translation>Diagramme, Ranglisten mit Konfidenzintervallen und die Kriterien dieser Sitzung</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Hugging Face Hub</source>
        <translation>Hugging Face Hub</translation>
    </message>
    <message>
        <source>hf_…</source>
        <translation>hf_…</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Zugriffstoken</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Show the access token</source>
        <translation>Zugriffstoken anzeigen</translation>
    </message>
    <message>
        <source>Remove saved token</source>
        <translation>Gespeichertes Token entfernen</translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation>Zugriffs&amp;token:</translation>
    </message>
    <message>
        <source>Hub endpoint</source>
        <translation>Hub-Endpunkt</translation>
    </message>
    <message>
        <source>Hub &amp;endpoint:</source>
        <translation>Hub-&amp;Endpunkt:</translation>
    </message>
    <message>
        <source>HF_ENDPOINT is set in the environment (%1) and takes precedence.</source>
        <translation>HF_ENDPOINT ist in der Umgebung gesetzt (%1) und hat Vorrang.</translation>
    </message>
    <message>
        <source>Dataset viewer endpoint</source>
        <translation>Dataset-Viewer-Endpunkt</translation>
    </message>
    <message>
        <source>&amp;Dataset viewer:</source>
        <translation>&amp;Dataset Viewer:</translation>
    </message>
    <message>
        <source>HUBLENS_DATASETS_SERVER is set in the environment (%1) and takes precedence.</source>
        <translation>HUBLENS_DATASETS_SERVER ist in der Umgebung gesetzt (%1) und hat Vorrang.</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Ordner öffnen</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>Datenordner öffnen</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Datenordner:</translation>
    </message>
    <message>
        <source>To use another folder, set HUBLENS_DATA_DIR and restart HubLens.</source>
        <translation>Für einen anderen Ordner setzen Sie HUBLENS_DATA_DIR und starten HubLens neu.</translation>
    </message>
    <message>
        <source>Response cache size</source>
        <translation>Größe des Antwort-Caches</translation>
    </message>
    <message>
        <source>&amp;Clear cache</source>
        <translation>Cache &amp;leeren</translation>
    </message>
    <message>
        <source>Clear the response cache</source>
        <translation>Antwort-Cache leeren</translation>
    </message>
    <message>
        <source>Response cache:</source>
        <translation>Antwort-Cache:</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Oberfläche</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Sprache der Oberfläche</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>A new language applies the next time HubLens starts.</source>
        <translation>Eine neue Sprache wird beim nächsten Start von HubLens wirksam.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>Checking for a saved token…</source>
        <translation>Suche nach einem gespeicherten Token…</translation>
    </message>
    <message>
        <source>The saved token cannot be read: %1</source>
        <translation>Das gespeicherte Token kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 is set in the environment and takes precedence over the saved token.</source>
        <translation>%1 ist in der Umgebung gesetzt und hat Vorrang vor dem gespeicherten Token.</translation>
    </message>
    <message>
        <source>The token in %1 takes precedence over the saved token.</source>
        <translation>Das Token in %1 hat Vorrang vor dem gespeicherten Token.</translation>
    </message>
    <message>
        <source>Saved tokens are kept in the system keychain.</source>
        <translation>Gespeicherte Tokens liegen im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>No system keychain is available: saved tokens are kept in a file readable only by you: %1</source>
        <translation>Kein Schlüsselbund des Systems verfügbar: Gespeicherte Tokens liegen in einer Datei, die nur Sie lesen können: %1</translation>
    </message>
    <message>
        <source>A token is saved. Type a new one to replace it.</source>
        <translation>Ein Token ist gespeichert. Geben Sie ein neues ein, um es zu ersetzen.</translation>
    </message>
    <message>
        <source>No token is saved. Without one, gated and private repositories are out of reach and rate limits are lower.</source>
        <translation>Kein Token gespeichert. Ohne Token sind zugangsbeschränkte und private Repositorys nicht erreichbar, und die Ratenlimits sind niedriger.</translation>
    </message>
    <message>
        <source>The %1 must be an http:// or https:// address with a host name, such as %2.</source>
        <translation>Der %1 muss eine http://- oder https://-Adresse mit Hostnamen sein, z. B. %2.</translation>
    </message>
    <message>
        <source>dataset viewer endpoint</source>
        <translation>Dataset-Viewer-Endpunkt</translation>
    </message>
    <message>
        <source>Saving the token…</source>
        <translation>Token wird gespeichert…</translation>
    </message>
    <message>
        <source>The token could not be saved: %1</source>
        <translation>Das Token konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The saved token could not be removed: %1</source>
        <translation>Das gespeicherte Token konnte nicht entfernt werden: %1</translation>
    </message>
    <message>
        <source>Unavailable (the cache database could not be opened)</source>
        <translation>Nicht verfügbar (die Cache-Datenbank konnte nicht geöffnet werden)</translation>
    </message>
    <message>
        <source>Measuring…</source>
        <translation>Wird gemessen…</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <source>Clearing…</source>
        <translation>Wird geleert…</translation>
    </message>
    <message>
        <source>The cache could not be cleared; see the log for details.</source>
        <translation>Der Cache konnte nicht geleert werden; Einzelheiten stehen im Protokoll.</translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n response(s)</source>
        <translation>
            <numerusform>%1 in %Ln Antwort</numerusform>
            <numerusform>%1 in %Ln Antworten</numerusform>
        </translation>
    </message>
</context>
</TS>
