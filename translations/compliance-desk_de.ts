<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en_US">
<context>
    <name>SandboxOptions</name>
    <message>
        <source>TCP port on 127.0.0.1 (0 picks a free one).</source>
        <translation>TCP-Port auf 127.0.0.1 (0 wählt einen freien).</translation>
    </message>
    <message>
        <source>Initial data: demo, empty or large:PROFILES:CAMPAIGNS.</source>
        <translation>Anfangsdaten: demo, empty oder large:PROFILE:KAMPAGNEN.</translation>
    </message>
    <message>
        <source>Keep the state in this SQLite file so it survives restarts.</source>
        <translation>Den Zustand in dieser SQLite-Datei halten, damit er Neustarts übersteht.</translation>
    </message>
    <message>
        <source>Run the registry&apos;s clock X times faster than real time.</source>
        <translation>Die Uhr der Registry X-mal schneller als die Echtzeit laufen lassen.</translation>
    </message>
    <message>
        <source>Delay every answer by MS milliseconds.</source>
        <translation>Jede Antwort um MS Millisekunden verzögern.</translation>
    </message>
    <message>
        <source>Answer this share of requests with a server error (0–1).</source>
        <translation>Diesen Anteil der Anfragen mit einem Serverfehler beantworten (0–1).</translation>
    </message>
    <message>
        <source>Do the work, then close the connection without answering, for this share of requests (0–1).</source>
        <translation>Bei diesem Anteil der Anfragen die Arbeit erledigen und dann die Verbindung ohne Antwort schließen (0–1).</translation>
    </message>
    <message>
        <source>Send an invalid JSON body for this share of answers (0–1).</source>
        <translation>Bei diesem Anteil der Antworten ungültiges JSON senden (0–1).</translation>
    </message>
    <message>
        <source>Requests per minute per key pool (0 turns rate limiting off).</source>
        <translation>Anfragen pro Minute je Schlüsselpool (0 schaltet die Begrenzung ab).</translation>
    </message>
    <message>
        <source>Requests per minute for the sensitive tier (profile completion).</source>
        <translation>Anfragen pro Minute für die sensible Stufe (Profilabschluss).</translation>
    </message>
    <message>
        <source>Seed for the fault injector and the registry simulation.</source>
        <translation>Startwert für die Fehlereinspeisung und die Registry-Simulation.</translation>
    </message>
    <message>
        <source>Use this organization API key instead of a generated one.</source>
        <translation>Diesen API-Schlüssel der Organisation statt eines erzeugten verwenden.</translation>
    </message>
    <message>
        <source>--port must be between 0 and 65535.</source>
        <translation>--port muss zwischen 0 und 65535 liegen.</translation>
    </message>
    <message>
        <source>--seed must be demo, empty or large:PROFILES:CAMPAIGNS.</source>
        <translation>--seed muss demo, empty oder large:PROFILE:KAMPAGNEN sein.</translation>
    </message>
    <message>
        <source>--time-scale must be a positive number.</source>
        <translation>--time-scale muss eine positive Zahl sein.</translation>
    </message>
    <message>
        <source>--latency must be zero or more milliseconds.</source>
        <translation>--latency muss null oder mehr Millisekunden betragen.</translation>
    </message>
    <message>
        <source>--%1 must be between 0 and 1.</source>
        <translation>--%1 muss zwischen 0 und 1 liegen.</translation>
    </message>
    <message>
        <source>--rate-limit must be zero or more.</source>
        <translation>--rate-limit muss null oder größer sein.</translation>
    </message>
    <message>
        <source>--sensitive-rate-limit must be zero or more.</source>
        <translation>--sensitive-rate-limit muss null oder größer sein.</translation>
    </message>
    <message>
        <source>--random-seed must be a whole number.</source>
        <translation>--random-seed muss eine ganze Zahl sein.</translation>
    </message>
</context>
<context>
    <name>cd::sandbox::SandboxServer</name>
    <message>
        <source>Could not listen on %1:%2.</source>
        <translation>Auf %1:%2 kann nicht gelauscht werden.</translation>
    </message>
</context>
<context>
    <name>cd::ui::MainWindow</name>
    <message>
        <source>API address:</source>
        <translation>API-Adresse:</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>API-Adresse</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the API address</source>
        <translation>API-Adresse kopieren</translation>
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
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Demo organization</source>
        <translation>Demo-Organisation</translation>
    </message>
    <message numerus="yes">
        <source>Compliance Desk is running against a local sandbox that behaves like api.sent.dm, with a demo organization of %n sender profile(s). Nothing you do here reaches sent.dm.</source>
        <translation>
            <numerusform>Compliance Desk läuft gegen eine lokale Sandbox, die sich wie api.sent.dm verhält, mit einer Demo-Organisation mit %n Absenderprofil. Nichts, was Sie hier tun, erreicht sent.dm.</numerusform>
            <numerusform>Compliance Desk läuft gegen eine lokale Sandbox, die sich wie api.sent.dm verhält, mit einer Demo-Organisation mit %n Absenderprofilen. Nichts, was Sie hier tun, erreicht sent.dm.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sandbox running at %1</source>
        <translation>Sandbox läuft unter %1</translation>
    </message>
    <message>
        <source>No organization connected</source>
        <translation>Keine Organisation verbunden</translation>
    </message>
    <message>
        <source>Connecting an organization comes in a later version. To look around now, start Compliance Desk with --sandbox: it runs a local stand-in for sent.dm with a demo organization.</source>
        <translation>Das Verbinden einer Organisation kommt in einer späteren Version. Um sich jetzt umzusehen, starten Sie Compliance Desk mit --sandbox: Es startet einen lokalen Ersatz für sent.dm mit einer Demo-Organisation.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Compliance Desk without a window: sent.dm profiles, brands and campaigns from the command line.</source>
        <translation>Compliance Desk ohne Fenster: sent.dm-Profile, Marken und Kampagnen auf der Kommandozeile.</translation>
    </message>
    <message>
        <source>What to do.</source>
        <translation>Was zu tun ist.</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Unbekannter Befehl: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Keep sent.dm senders, brands and 10DLC campaigns compliant.</source>
        <translation>sent.dm-Absender, Marken und 10DLC-Kampagnen konform halten.</translation>
    </message>
    <message>
        <source>Start a local sandbox with a demo organization and connect to it.</source>
        <translation>Eine lokale Sandbox mit einer Demo-Organisation starten und verbinden.</translation>
    </message>
    <message>
        <source>How much faster than real time the sandbox&apos;s registry moves.</source>
        <translation>Wie viel schneller als die Echtzeit die Registry der Sandbox arbeitet.</translation>
    </message>
    <message>
        <source>The demo sandbox could not start: %1</source>
        <translation>Die Demo-Sandbox konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>A local stand-in for the sent.dm v3 API. Prints one line of JSON with its URL and keys on stdout, then logs to stderr only.</source>
        <translation>Ein lokaler Ersatz für die sent.dm-v3-API. Gibt eine JSON-Zeile mit Adresse und Schlüsseln auf stdout aus und protokolliert danach nur auf stderr.</translation>
    </message>
</context>
</TS>
