<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>BatchDialog</name>
    <message numerus="yes">
        <source>%n prompt(s)</source>
        <translation>
            <numerusform>%Ln prompt</numerusform>
            <numerusform>%Ln prompts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n endpoint(s)</source>
        <translation>
            <numerusform>%Ln endpoint</numerusform>
            <numerusform>%Ln endpoints</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%Ln request</numerusform>
            <numerusform>%Ln requests</numerusform>
        </translation>
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
</context>
<context>
    <name>BatchRunner</name>
    <message numerus="yes">
        <source>The batch needs %n endpoint(s)</source>
        <translation>
            <numerusform>The batch needs %Ln endpoint</numerusform>
            <numerusform>The batch needs %Ln endpoints</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChatRun</name>
    <message numerus="yes">
        <source>The stream stalled: no data for %n second(s)</source>
        <translation>
            <numerusform>The stream stalled: no data for %Ln second</numerusform>
            <numerusform>The stream stalled: no data for %Ln seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No answer within %n second(s)</source>
        <translation>
            <numerusform>No answer within %Ln second</numerusform>
            <numerusform>No answer within %Ln seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rate limited; retrying in %n second(s)</source>
        <translation>
            <numerusform>Rate limited; retrying in %Ln second</numerusform>
            <numerusform>Rate limited; retrying in %Ln seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The endpoint was still starting after %n second(s)</source>
        <translation>
            <numerusform>The endpoint was still starting after %Ln second</numerusform>
            <numerusform>The endpoint was still starting after %Ln seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompareColumnView</name>
    <message numerus="yes">
        <source>%n model(s) listed by the endpoint</source>
        <translation>
            <numerusform>%Ln model listed by the endpoint</numerusform>
            <numerusform>%Ln models listed by the endpoint</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reasoning (%n character(s))</source>
        <translation>
            <numerusform>Reasoning (%Ln character)</numerusform>
            <numerusform>Reasoning (%Ln characters)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Running — %n s</source>
        <translation>
            <numerusform>Running — %Ln s</numerusform>
            <numerusform>Running — %Ln s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n token(s)</source>
        <translation>
            <numerusform>%Ln token</numerusform>
            <numerusform>%Ln tokens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>~%n token(s) (estimated)</source>
        <translation>
            <numerusform>~%Ln token (estimated)</numerusform>
            <numerusform>~%Ln tokens (estimated)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComparePage</name>
    <message numerus="yes">
        <source>Streaming from %n column(s)…</source>
        <translation>
            <numerusform>Streaming from %Ln column…</numerusform>
            <numerusform>Streaming from %Ln columns…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Session: &lt;b&gt;%1&lt;/b&gt; — %n run(s)</source>
        <translation>
            <numerusform>Session: &lt;b&gt;%1&lt;/b&gt; — %Ln run</numerusform>
            <numerusform>Session: &lt;b&gt;%1&lt;/b&gt; — %Ln runs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Batch running: %n request(s) to send</source>
        <translation>
            <numerusform>Batch running: %Ln request to send</numerusform>
            <numerusform>Batch running: %Ln requests to send</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation>
            <numerusform>%Ln run</numerusform>
            <numerusform>%Ln runs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n judgment(s)</source>
        <translation>
            <numerusform>%Ln judgment</numerusform>
            <numerusform>%Ln judgments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 tokens/s (median of %n run(s))</source>
        <translation>
            <numerusform>%1: %2 tokens/s (median of %Ln run)</numerusform>
            <numerusform>%1: %2 tokens/s (median of %Ln runs)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 rated %2: %n time(s)</source>
        <translation>
            <numerusform>%1 rated %2: %Ln time</numerusform>
            <numerusform>%1 rated %2: %Ln times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 labelled “%2”: %n time(s)</source>
        <translation>
            <numerusform>%1 labelled “%2”: %Ln time</numerusform>
            <numerusform>%1 labelled “%2”: %Ln times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Most used label: “%1” (%n time(s))</source>
        <translation>
            <numerusform>Most used label: “%1” (%Ln time)</numerusform>
            <numerusform>Most used label: “%1” (%Ln times)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Computed from %n rating(s), judgment(s) or run(s)</source>
        <translation>
            <numerusform>Computed from %Ln rating, judgment or run</numerusform>
            <numerusform>Computed from %Ln ratings, judgments or runs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is ahead (%2 vs %3 points), but %n prompt(s) are too few to say so with confidence</source>
        <translation>
            <numerusform>%1 is ahead (%2 vs %3 points), but %Ln prompt is too few to say so with confidence</numerusform>
            <numerusform>%1 is ahead (%2 vs %3 points), but %Ln prompts are too few to say so with confidence</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EndpointService</name>
    <message numerus="yes">
        <source>Reachable; %n model(s) available</source>
        <translation>
            <numerusform>Reachable; %Ln model available</numerusform>
            <numerusform>Reachable; %Ln models available</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EndpointsDialog</name>
    <message numerus="yes">
        <source>%1 at %2 — %n model(s); double-click to add</source>
        <translation>
            <numerusform>%1 at %2 — %Ln model; double-click to add</numerusform>
            <numerusform>%1 at %2 — %Ln models; double-click to add</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Found %n server(s).</source>
        <translation>
            <numerusform>Found %Ln server.</numerusform>
            <numerusform>Found %Ln servers.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExplorePage</name>
    <message numerus="yes">
        <source>%n dataset(s) loaded</source>
        <translation>
            <numerusform>%Ln dataset loaded</numerusform>
            <numerusform>%Ln datasets loaded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) loaded</source>
        <translation>
            <numerusform>%Ln model loaded</numerusform>
            <numerusform>%Ln models loaded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The Hub&apos;s rate limit was reached. It resets in %n second(s); sign in with a token for higher limits.</source>
        <translation>
            <numerusform>The Hub&apos;s rate limit was reached. It resets in %Ln second; sign in with a token for higher limits.</numerusform>
            <numerusform>The Hub&apos;s rate limit was reached. It resets in %Ln seconds; sign in with a token for higher limits.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%Ln minute ago</numerusform>
            <numerusform>%Ln minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%Ln hour ago</numerusform>
            <numerusform>%Ln hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%Ln day ago</numerusform>
            <numerusform>%Ln days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) ago</source>
        <translation>
            <numerusform>%Ln month ago</numerusform>
            <numerusform>%Ln months ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) ago</source>
        <translation>
            <numerusform>%Ln year ago</numerusform>
            <numerusform>%Ln years ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RepoDetailView</name>
    <message numerus="yes">
        <source>Served by %n provider(s)</source>
        <translation>
            <numerusform>Served by %Ln provider</numerusform>
            <numerusform>Served by %Ln providers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), %1 in total</source>
        <translation>
            <numerusform>%Ln file, %1 in total</numerusform>
            <numerusform>%Ln files, %1 in total</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message numerus="yes">
        <source>%Ln token(s)</source>
        <translation>
            <numerusform>%Ln token</numerusform>
            <numerusform>%Ln tokens</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionsPage</name>
    <message numerus="yes">
        <source>Delete “%1” with its %Ln run(s) and every judgment for good? This cannot be undone.</source>
        <translation>
            <numerusform>Delete “%1” with its %Ln run and every judgment for good? This cannot be undone.</numerusform>
            <numerusform>Delete “%1” with its %Ln runs and every judgment for good? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es)</source>
        <translation>
            <numerusform>%Ln match</numerusform>
            <numerusform>%Ln matches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Created %1 · %Ln prompt(s)</source>
        <translation>
            <numerusform>Created %1 · %Ln prompt</numerusform>
            <numerusform>Created %1 · %Ln prompts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %Ln run(s)</source>
        <translation>
            <numerusform> · %Ln run</numerusform>
            <numerusform> · %Ln runs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %1 into %2: %Ln run(s) added</source>
        <translation>
            <numerusform>Imported %1 into %2: %Ln run added</numerusform>
            <numerusform>Imported %1 into %2: %Ln runs added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %Ln judgment(s) added</source>
        <translation>
            <numerusform>, %Ln judgment added</numerusform>
            <numerusform>, %Ln judgments added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %Ln updated.</source>
        <translation>
            <numerusform>, %Ln updated.</numerusform>
            <numerusform>, %Ln updated.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message numerus="yes">
        <source>%1 in %n response(s)</source>
        <translation>
            <numerusform>%1 in %Ln response</numerusform>
            <numerusform>%1 in %Ln responses</numerusform>
        </translation>
    </message>
</context>
</TS>
