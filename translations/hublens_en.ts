<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
