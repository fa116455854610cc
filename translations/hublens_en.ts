<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ChatRun</name>
    <message numerus="yes">
        <source>The stream stalled: no data for %n second(s)</source>
        <translation>
            <numerusform>The stream stalled: no data for %n second</numerusform>
            <numerusform>The stream stalled: no data for %n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No answer within %n second(s)</source>
        <translation>
            <numerusform>No answer within %n second</numerusform>
            <numerusform>No answer within %n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rate limited; retrying in %n second(s)</source>
        <translation>
            <numerusform>Rate limited; retrying in %n second</numerusform>
            <numerusform>Rate limited; retrying in %n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The endpoint was still starting after %n second(s)</source>
        <translation>
            <numerusform>The endpoint was still starting after %n second</numerusform>
            <numerusform>The endpoint was still starting after %n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompareColumnView</name>
    <message numerus="yes">
        <source>%n model(s) listed by the endpoint</source>
        <translation>
            <numerusform>%n model listed by the endpoint</numerusform>
            <numerusform>%n models listed by the endpoint</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reasoning (%n character(s))</source>
        <translation>
            <numerusform>Reasoning (%n character)</numerusform>
            <numerusform>Reasoning (%n characters)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Running — %n s</source>
        <translation>
            <numerusform>Running — %n s</numerusform>
            <numerusform>Running — %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n token(s)</source>
        <translation>
            <numerusform>%n token</numerusform>
            <numerusform>%n tokens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>~%n token(s) (estimated)</source>
        <translation>
            <numerusform>~%n token (estimated)</numerusform>
            <numerusform>~%n tokens (estimated)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComparePage</name>
    <message numerus="yes">
        <source>Streaming from %n column(s)…</source>
        <translation>
            <numerusform>Streaming from %n column…</numerusform>
            <numerusform>Streaming from %n columns…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Session: &lt;b&gt;%1&lt;/b&gt; — %n run(s)</source>
        <translation>
            <numerusform>Session: &lt;b&gt;%1&lt;/b&gt; — %n run</numerusform>
            <numerusform>Session: &lt;b&gt;%1&lt;/b&gt; — %n runs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EndpointService</name>
    <message numerus="yes">
        <source>Reachable; %n model(s) available</source>
        <translation>
            <numerusform>Reachable; %n model available</numerusform>
            <numerusform>Reachable; %n models available</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EndpointsDialog</name>
    <message numerus="yes">
        <source>%1 at %2 — %n model(s); double-click to add</source>
        <translation>
            <numerusform>%1 at %2 — %n model; double-click to add</numerusform>
            <numerusform>%1 at %2 — %n models; double-click to add</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Found %n server(s).</source>
        <translation>
            <numerusform>Found %n server.</numerusform>
            <numerusform>Found %n servers.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExplorePage</name>
    <message numerus="yes">
        <source>%n dataset(s) loaded</source>
        <translation>
            <numerusform>%n dataset loaded</numerusform>
            <numerusform>%n datasets loaded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) loaded</source>
        <translation>
            <numerusform>%n model loaded</numerusform>
            <numerusform>%n models loaded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The Hub&apos;s rate limit was reached. It resets in %n second(s); sign in with a token for higher limits.</source>
        <translation>
            <numerusform>The Hub&apos;s rate limit was reached. It resets in %n second; sign in with a token for higher limits.</numerusform>
            <numerusform>The Hub&apos;s rate limit was reached. It resets in %n seconds; sign in with a token for higher limits.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RepoDetailView</name>
    <message numerus="yes">
        <source>Served by %n provider(s)</source>
        <translation>
            <numerusform>Served by %n provider</numerusform>
            <numerusform>Served by %n providers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), %1 in total</source>
        <translation>
            <numerusform>%n file, %1 in total</numerusform>
            <numerusform>%n files, %1 in total</numerusform>
        </translation>
    </message>
</context>
</TS>
