<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>SandboxOptions</name>
    <message>
        <source>TCP port on 127.0.0.1 (0 picks a free one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial data: demo, empty or large:PROFILES:CAMPAIGNS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the state in this SQLite file so it survives restarts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the registry&apos;s clock X times faster than real time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delay every answer by MS milliseconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer this share of requests with a server error (0–1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do the work, then close the connection without answering, for this share of requests (0–1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send an invalid JSON body for this share of answers (0–1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests per minute per key pool (0 turns rate limiting off).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests per minute for the sensitive tier (profile completion).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed for the fault injector and the registry simulation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this organization API key instead of a generated one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--port must be between 0 and 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed must be demo, empty or large:PROFILES:CAMPAIGNS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--time-scale must be a positive number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--latency must be zero or more milliseconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be between 0 and 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--rate-limit must be zero or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sensitive-rate-limit must be zero or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--random-seed must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::sandbox::SandboxServer</name>
    <message>
        <source>Could not listen on %1:%2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ui::MainWindow</name>
    <message>
        <source>API address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the API address</source>
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
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Compliance Desk is running against a local sandbox that behaves like api.sent.dm, with a demo organization of %n sender profile(s). Nothing you do here reaches sent.dm.</source>
        <translation>
            <numerusform>Compliance Desk is running against a local sandbox that behaves like api.sent.dm, with a demo organization of %n sender profile. Nothing you do here reaches sent.dm.</numerusform>
            <numerusform>Compliance Desk is running against a local sandbox that behaves like api.sent.dm, with a demo organization of %n sender profiles. Nothing you do here reaches sent.dm.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sandbox running at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No organization connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting an organization comes in a later version. To look around now, start Compliance Desk with --sandbox: it runs a local stand-in for sent.dm with a demo organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Compliance Desk without a window: sent.dm profiles, brands and campaigns from the command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Keep sent.dm senders, brands and 10DLC campaigns compliant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a local sandbox with a demo organization and connect to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much faster than real time the sandbox&apos;s registry moves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo sandbox could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A local stand-in for the sent.dm v3 API. Prints one line of JSON with its URL and keys on stdout, then logs to stderr only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
