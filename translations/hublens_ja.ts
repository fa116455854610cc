<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About HubLens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HubLens %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search and inspect models and datasets on the Hugging Face Hub, from the desktop or the command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HubLens is free software under the GNU General Public License, version 3 or later (%1). It comes with no warranty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running on these libraries:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy version information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgreementBand</name>
    <message>
        <source>poor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>substantial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>almost perfect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reliable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tentative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreliable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Explore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — retrying in %2 s (attempt %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <source>row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Load rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A JSONL, CSV or TSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt sets (*.jsonl *.json *.csv *.tsv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner/dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to (excluded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One prompt per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: Summarise in one sentence: {{text}}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests in flight over all endpoints; a rate-limited endpoint slows down by itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retries of a server error, dropped connection or timeout per request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;emplate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Max tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;ndpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;oncurrency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n prompt(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n endpoint(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>no own limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests in flight to any one endpoint (a rate-limited endpoint lowers its own further)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concurrency per endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The longest one request may take, from sending it to its last byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchPanel</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-run failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 · %3 ok · %4 failed · %5 retrying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ETA %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchRunner</name>
    <message>
        <source>A batch is already running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no batch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The batch needs %n endpoint(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Results could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This batch is running in another HubLens process (pid %1); it can be resumed once that one stops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch&apos;s lock file could not be created next to the database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CandidateGridDialog</name>
    <message>
        <source>Only &amp;differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare these</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the rows where all models agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No models on the candidate list yet — add models from Explore with Ctrl+Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch the metadata again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Compare with one column per model, on the Inference Providers router</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No models to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading… %1 of %2 models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 models · %2 rows differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: the grid shows cached values; the Status row gives their age</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CandidateGridModel</name>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>License</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantised sizes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inference providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloads (30 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the model&apos;s metadata loaded, and how old cached values are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GGUF quantisations with their file sizes; otherwise the weights&apos; data types and size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inference providers serving the model (the Hub&apos;s mapping and the router&apos;s list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: price per 1M input / output tokens (USD), from the Inference Providers router</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The commit the metadata describes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found (or private)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gated: access not granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate-limited: retry in %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate-limited: retry later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: never fetched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Router</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline · cached %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cached %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cached values fetched %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>live, no price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 serves %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input: $%1 per 1M tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output: $%1 per 1M tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context: %1 tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throughput: %1 tokens/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First token: %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lists %2 as %3 for %4 (%5); the router gives no price for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not serve %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes (automatic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes (manual approval)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tokens (from the model&apos;s config)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tokens (the longest a provider offers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model type: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file list could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 bytes in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No GGUF files; the safetensors weights take %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No GGUF or safetensors files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 live of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Router: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 downloads in the last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 likes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CandidateListModel</name>
    <message>
        <source>Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2
Added %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CandidateStore</name>
    <message>
        <source>A candidate needs a repository id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CandidatesDock</name>
    <message>
        <source>Candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove from candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No candidates yet — add models from Explore with Ctrl+Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Grid…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the candidates&apos; metadata side by side (Ctrl+Shift+G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Compare with the selected models, or all of them</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardBrowser</name>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this chart as an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart has not been laid out yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported from HubLens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a .png or .svg file name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatRun</name>
    <message>
        <source>The answer is larger than %1 MB; stopped reading it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection failed (%1); retrying</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The stream stalled: no data for %n second(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No answer within %n second(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The connection was closed in the middle of the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Rate limited; retrying in %n second(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Starting: the endpoint is loading the model (waited %1 of %2 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The endpoint was still starting after %n second(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The server does not accept stream_options; retrying without it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server error %1; retrying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1 without a message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with an empty body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stream ended without a finish reason: the answer may be cut off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareColumnView</name>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(error)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$%1/$%2 per 1M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1k context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tok/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override the shared parameters for this column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer appears here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Served by: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) listed by the endpoint</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Could not list the models: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the first token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reasoning (%n character(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Running — %n s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Failed — HTTP %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Truncated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TTFT %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>total %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n token(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>~%n token(s) (estimated)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>finish: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>via %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waited %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters for this column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop sequences, separated by |</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked values replace the shared ones for this column only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters • custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <comment>the stop sequences field of a column&apos;s parameters</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComparePage</name>
    <message>
        <source>Temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System prompt (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt — Ctrl+Enter runs it on every column; Ctrl+Shift+Enter continues each conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop sequences, separated by |</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchecked: not sent, the server&apos;s default applies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send this prompt as the next turn of every column&apos;s conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop every column (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No endpoints yet. Add one (Hugging Face Inference Providers, an Inference Endpoint, Ollama, llama.cpp, vLLM, LM Studio, TGI) with “Endpoints…”, or let HubLens detect local servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Endpoints…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All columns finished; the runs are saved in the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A run could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every column needs an endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add endpoints with “Endpoints…”, or remove the empty column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column “%1” has no model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a model from the list or type its id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Streaming from %n column(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Session: &lt;b&gt;%1&lt;/b&gt; — %n run(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Session: a default session is created on the first run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Batch run…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a prompt set (a file, a Hub dataset or a typed list) against several endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch finished: %1 ok, %2 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch cancelled: %1 of %2 done; resume it later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session has an unfinished batch: %1 of %2 requests done. Resume it to send the rest; finished results are kept and never sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A batch is already running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session could not be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session already has an unfinished batch: resume it, or start the new batch in another session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch&apos;s endpoint %1 no longer exists; add it again to resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch could not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Batch running: %n request(s) to send</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompareRunner</name>
    <message>
        <source>The run of %1 could not be saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CriteriaText</name>
    <message>
        <source>line %1: expected “metric op value”, such as “mean_rating &gt;= 4”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: cannot read “%2”; options are written key=value, such as baseline=gpt-4o</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>&amp;Session:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the whole dashboard as an HTML page or a PDF to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>95 % CI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Losses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both bad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean rating (95 % CI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TTFT median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TTFT p90</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TTFT p95</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total p90</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total p95</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$ / 1k output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaderboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement between reviewers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency, throughput and cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the chart: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No session yet — run prompts in Compare, then judge them in Review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n judgment(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>updated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No runs in this session yet — run prompts in Compare or a batch, then judge them in Review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength (points, 95 % CI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bradley–Terry strength on an Elo-like scale: 1000 is the average candidate, 400 points mean 10:1 odds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 points (95 % CI %3–%4)
%5 wins, %6 ties, %7 losses · Elo %8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ranking yet: judge pairs of outputs in Review (pairwise or rank all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 are level within their 95 % intervals (%3 vs %4 points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 leads: %2 win rate, %3 points (95 % CI %4–%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Win rate between every pair: no pairwise judgments yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Win rate between every pair (row against column)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: median %2 ms, quartiles %3–%4 ms, whiskers %5–%6 ms
%7 runs, %8 outliers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to first token (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total time (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to first token: no successful runs yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total time: no successful runs yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fastest first token: %1 (median %2 ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fastest answer: %1 (median %2 ms in all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 tokens/s (median of %n run(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Output tokens per second (median)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throughput: no measurements yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highest throughput: %1 (%2 tokens/s median)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 rated %2: %n time(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judgments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratings: none yet (rate single outputs in Review)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rated highest: %1, mean %2 (95 % CI %3–%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rated highest: %1, mean %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 labelled “%2”: %n time(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Labels: none used yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Most used label: “%1” (%n time(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2–%3), n = %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, n = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Computed from %n rating(s), judgment(s) or run(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Success criteria: none set (add them on the Sessions page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success criteria: %1 of %2 met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairwise outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohen&apos;s kappa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fleiss&apos; kappa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Krippendorff&apos;s alpha (ordinal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Krippendorff&apos;s alpha (nominal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement between reviewers: needs two or more reviewers judging the same items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement between reviewers (kappa after Landis &amp; Koch, alpha after Krippendorff)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no chart named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML page (*.html);;PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the report to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing the dashboard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dashboard could not be updated from the session database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dashboard could not be computed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (95 % CI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 is ahead (%2 vs %3 points), but %n prompt(s) are too few to say so with confidence</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatasetPreview</name>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading subsets and splits…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dataset viewer has no preview for this dataset: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No splits are available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows in all subsets · %2 of Parquet files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading rows of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load rows: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows %1–%2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows %1–%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DvRowsModel</name>
    <message>
        <source>[image %1×%2]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[file]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[audio]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> [truncated by the server]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EndpointListModel</name>
    <message>
        <source>Hugging Face token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EndpointService</name>
    <message>
        <source>The environment variable %1, which holds the key of %2, is not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not reachable: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server rejected the key (HTTP %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server needs a key (HTTP %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reachable, but listing models failed with HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reachable; %n model(s) available</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Reachable, but the model list could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EndpointStore</name>
    <message>
        <source>“%1” is not a valid endpoint name: use letters, digits, &apos;.&apos;, &apos;-&apos; or &apos;_&apos; (up to 64)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint %1: the timeouts must be positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An endpoint named “%1” already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No endpoint with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No endpoint named “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Endpoints</name>
    <message>
        <source>Hugging Face Inference Providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hugging Face Inference Endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenAI-compatible server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text Generation Inference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ollama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a valid URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL must start with http:// or https://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the API key in the key field, not in the URL: URLs are stored and shown in plain text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EndpointsDialog</name>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Detect local servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://… or http://127.0.0.1:PORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. meta-llama/Llama-3.1-8B-Instruct or llama3.2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in the system keychain; leave empty to keep the saved one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or the name of an environment variable holding it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default &amp;model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key from &amp;variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in /</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out per 1M tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for a cold start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stall timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hugging Face endpoints use your Hugging Face token (Settings), sent only to Hugging Face hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved, but the key could not be stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1; its past runs keep its name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for local servers on 127.0.0.1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 at %2 — %n model(s); double-click to add</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No local inference server answered (Ollama 11434, llama.cpp 8080/9931, LM Studio 1234, vLLM 8000, TGI 3000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Found %n server(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExplorePage</name>
    <message>
        <source>Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datasets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the Hub (/ or Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most downloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most likes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recently updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recently created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading datasets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading models…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>License</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any license</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gated or not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not gated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gated only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inference providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any serving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Served by a provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; 1B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1B – 8B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>8B – 32B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>32B – 128B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&gt; 128B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No results. Try fewer filters or another search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n dataset(s) loaded</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) loaded</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> · more available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · end of results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · cached %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline (HF_HUB_OFFLINE). Showing cached results from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Hub could not be reached (%1). Showing cached results from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The Hub&apos;s rate limit was reached. It resets in %n second(s); sign in with a token for higher limits.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The Hub&apos;s rate limit was reached. Try again in a few minutes; sign in with a token for higher limits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline (HF_HUB_OFFLINE) and these results were never loaded before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Hub could not be reached: %1. Check your connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your Hugging Face token was rejected. Update it in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Hub had a problem (%1). Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Hub did not accept this search: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load results: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 to the candidates</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HeatmapView</name>
    <message>
        <source>%1 vs %2: not compared yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 vs %2: win rate %3
%4 wins, %5 ties, %6 losses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pairwise judgments yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JudgmentStore</name>
    <message>
        <source>A judgment needs a reviewer name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pairwise judgment needs two different runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no run %1 or no run %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs %1 and %2 answer different prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A decision needs some text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>HubLens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About HubLens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate &amp;grid…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RepoDetailView</name>
    <message>
        <source>Add to candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open on the Hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider&apos;s model id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a repository to see its card, metadata and files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add this model to the candidate list (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inference providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation results (model-index)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GGUF quantisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This repository has no card (README.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file list could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>License: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>🔒 Gated (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manual approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Served by %n provider(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↓ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>♥ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>License</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, manual approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, automatic approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datasets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloads (30 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), %1 in total</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RepoListModel</name>
    <message>
        <source>Repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>License</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewController</name>
    <message>
        <source>Saved: A is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: B is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: a tie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: both are bad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratings in this session go from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: rated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: rated %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not one of this session’s labels: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: no labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: labels %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: note removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: flag removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ranked %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: ranked %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TTFT %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>total %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln token(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>via %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finish: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Blind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U  Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide endpoints and models and shuffle positions until you have judged the item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the name your judgments are saved under</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Session:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is reviewing? Your name is saved with every judgment you make, and you get your own queue; nobody else&apos;s judgments are changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start reviewing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L  labels, comma-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N  note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag this output for a closer look (counts as judged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A  left is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B  right is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T  tie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X  both bad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N  reason (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press the letters from best to worst; Backspace starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>K  Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>J  Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer: not chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session&apos;s labels: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any labels, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your reviewer name above to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions yet. Run prompts in Compare: every run is saved in a session, ready for review here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to compare in this session yet: pairwise and ranked review need at least two outputs of the same prompt. Run a prompt against several endpoints in Compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to review in this session yet. Run prompts in Compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System: %1

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ This output names its maker (“%1”): blindness may be broken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  pick next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have judged %1 of the %2 items in your queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunStore</name>
    <message>
        <source>Default session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A session needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is in the trash: restore it or choose another name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a session named “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session “%1” could not be created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>Cannot read the secrets file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secrets file %1 is damaged (not a JSON object); delete it and save the secrets again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the secrets file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot restrict the permissions of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionListModel</name>
    <message>
        <source>Deleted for good on %1 unless restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judgments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionsPage</name>
    <message>
        <source>Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete for &amp;good…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue in &amp;Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search prompts, outputs, notes and reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active and archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the session as JSONL (every run with its prompt and judgments), CSV (for spreadsheets) or a bundle (an SQLite file another reviewer can import)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge a JSONL export or a bundle: another reviewer&apos;s judgments are added, nothing is duplicated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is this evaluation for? (e.g. pick a summariser for support tickets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowest rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highest rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. unusable | poor | fair | good | excellent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. hallucination, off-topic, too long (empty: any label)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One per line, e.g.
mean_rating &gt;= 4
win_rate &gt;= 60 baseline=gpt-4o
p95_latency_ms &lt;= 2000
error_rate &lt;= 2
cost_per_1k_output_tokens &lt;= 0.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success criteria results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating &amp;scale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Anchors:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Labels:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success &amp;criteria:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was decided, and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the copy (its prompts and runs are copied; judgments are not):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV for spreadsheets (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HubLens bundle (*.hublens)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HubLens exports (*.jsonl *.hublens);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete “%1” with its %Ln run(s) and every judgment for good? This cannot be undone.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Session restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A session needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a session named “%1” (it may be in the trash).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session could not be created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session “%1” created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session duplicated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session taken out of the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was moved to the trash. It is deleted for good after 30 days unless you restore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session deleted for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in “%2”: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Un&amp;archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No session selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every run you make in Compare is saved in a session. Create one with New…, or run a prompt in Compare to start the default session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Created %1 · %Ln prompt(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %Ln run(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> · no judgments yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · judged by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The highest rating must be above the lowest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session settings saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ Fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many ratings, pairwise judgments or runs the value is computed from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be exported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was exported to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds nothing new: everything in it is already here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %1 into %2: %Ln run(s) added</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %Ln judgment(s) added</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %Ln updated.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts, rankings with confidence intervals, and the criteria for this session</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hugging Face Hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hf_…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove saved token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub &amp;endpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HF_ENDPOINT is set in the environment (%1) and takes precedence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset viewer endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dataset viewer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HUBLENS_DATASETS_SERVER is set in the environment (%1) and takes precedence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To use another folder, set HUBLENS_DATA_DIR and restart HubLens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response cache size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the response cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response cache:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language applies the next time HubLens starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking for a saved token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved token cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is set in the environment and takes precedence over the saved token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token in %1 takes precedence over the saved token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved tokens are kept in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain is available: saved tokens are kept in a file readable only by you: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A token is saved. Type a new one to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token is saved. Without one, gated and private repositories are out of reach and rate limits are lower.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 must be an http:// or https:// address with a host name, such as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dataset viewer endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved token could not be removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unavailable (the cache database could not be opened)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measuring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clearing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache could not be cleared; see the log for details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n response(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
