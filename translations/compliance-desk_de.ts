<?xml version='1.0' encoding='utf-8'?>
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
        <source>Run the registry's clock X times faster than real time.</source>
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
    <message>
        <source>Serve the profile list in pages of at most N (0: the whole list in one answer, without pagination).</source>
        <translation>Die Profilliste in Seiten zu höchstens N ausliefern (0: die ganze Liste in einer Antwort, ohne Seiten).</translation>
    </message>
    <message>
        <source>Answer every page of the profile list with the first (a broken server, for tests).</source>
        <translation>Jede Seite der Profilliste mit der ersten beantworten (ein fehlerhafter Server, für Tests).</translation>
    </message>
    <message>
        <source>Answer a started completion with 202 (with a body) or 204 (without).</source>
        <translation>Einen gestarteten Abschluss mit 202 (mit Inhalt) oder 204 (ohne) beantworten.</translation>
    </message>
    <message>
        <source>Mark the profile endpoints deprecated, to be retired on DATE (YYYY-MM-DD): Deprecation, Sunset and Link headers.</source>
        <translation>Die Profil-Endpunkte als veraltet kennzeichnen, abgeschaltet am DATE (JJJJ-MM-TT): Header Deprecation, Sunset und Link.</translation>
    </message>
    <message>
        <source>Answer the profile endpoints 404 ROUTE_NOT_FOUND, as once the API version is retired.</source>
        <translation>Die Profil-Endpunkte mit 404 ROUTE_NOT_FOUND beantworten, wie nach der Abschaltung der API-Version.</translation>
    </message>
    <message>
        <source>--page-size must be between 0 and 100.</source>
        <translation>--page-size muss zwischen 0 und 100 liegen.</translation>
    </message>
    <message>
        <source>--complete-status must be 202 or 204.</source>
        <translation>--complete-status muss 202 oder 204 sein.</translation>
    </message>
    <message>
        <source>--sunset must be a date, YYYY-MM-DD.</source>
        <translation>--sunset muss ein Datum sein, JJJJ-MM-TT.</translation>
    </message>
</context>
<context>
    <name>cd::AccessManager</name>
    <message>
        <source>“%1” is not a valid address.</source>
        <translation>„%1“ ist keine gültige Adresse.</translation>
    </message>
    <message>
        <source>The address %1 uses plain HTTP. API keys are only sent over HTTPS (plain HTTP is allowed for this computer's own sandbox only).</source>
        <translation>Die Adresse %1 verwendet unverschlüsseltes HTTP. API-Schlüssel werden nur über HTTPS gesendet (unverschlüsseltes HTTP ist nur für die eigene Sandbox dieses Computers erlaubt).</translation>
    </message>
    <message>
        <source>The address %1 does not use HTTPS.</source>
        <translation>Die Adresse %1 verwendet kein HTTPS.</translation>
    </message>
</context>
<context>
    <name>cd::Account</name>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Sender profile</source>
        <translation>Absenderprofil</translation>
    </message>
</context>
<context>
    <name>cd::ApiError</name>
    <message>
        <source>No API key was sent. Add the organization's API key to the connection.</source>
        <translation>Es wurde kein API-Schlüssel gesendet. Hinterlegen Sie den API-Schlüssel der Organisation in der Verbindung.</translation>
    </message>
    <message>
        <source>The API key was not accepted: it is wrong, or it was revoked. Check the key in the sent.dm dashboard (Settings → API Keys).</source>
        <translation>Der API-Schlüssel wurde nicht akzeptiert: Er ist falsch oder wurde widerrufen. Prüfen Sie den Schlüssel im sent.dm-Dashboard (Settings → API Keys).</translation>
    </message>
    <message>
        <source>This API key's role does not allow this operation. An administrator's key is needed.</source>
        <translation>Die Rolle dieses API-Schlüssels erlaubt diesen Vorgang nicht. Dafür ist der Schlüssel einer Administratorin oder eines Administrators nötig.</translation>
    </message>
    <message>
        <source>The sent.dm account is not activated yet. Wait for Sent to activate it, then try again.</source>
        <translation>Das sent.dm-Konto ist noch nicht aktiviert. Warten Sie, bis Sent es aktiviert, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The account's KYC verification is not complete. Submit the KYC documents in the sent.dm dashboard first.</source>
        <translation>Die KYC-Prüfung des Kontos ist nicht abgeschlossen. Reichen Sie zuerst die KYC-Unterlagen im sent.dm-Dashboard ein.</translation>
    </message>
    <message>
        <source>The account has no messaging channel configured yet.</source>
        <translation>Für das Konto ist noch kein Nachrichtenkanal eingerichtet.</translation>
    </message>
    <message>
        <source>This profile has no brand yet, so it cannot have campaigns. Add a brand to the profile, or let it inherit the organization's brand.</source>
        <translation>Dieses Profil hat noch keine Marke und kann daher keine Kampagnen haben. Legen Sie für das Profil eine Marke an oder lassen Sie es die Marke der Organisation erben.</translation>
    </message>
    <message>
        <source>sent.dm is limiting how fast requests can be made. Wait a moment and try again.</source>
        <translation>sent.dm begrenzt gerade, wie schnell Anfragen gestellt werden dürfen. Warten Sie einen Moment und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The same change is still being processed. Wait a moment and try again.</source>
        <translation>Dieselbe Änderung wird noch verarbeitet. Warten Sie einen Moment und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The request's idempotency key was refused.</source>
        <translation>Der Idempotenzschlüssel der Anfrage wurde abgelehnt.</translation>
    </message>
    <message>
        <source>This API key may not do this.</source>
        <translation>Dieser API-Schlüssel darf das nicht.</translation>
    </message>
    <message>
        <source>It was not found: it may have been deleted, or it belongs to another organization.</source>
        <translation>Nicht gefunden: Es wurde möglicherweise gelöscht oder gehört zu einer anderen Organisation.</translation>
    </message>
    <message>
        <source>sent.dm refused the request.</source>
        <translation>sent.dm hat die Anfrage abgelehnt.</translation>
    </message>
    <message>
        <source>sent.dm refused the request: some fields need attention.</source>
        <translation>sent.dm hat die Anfrage abgelehnt: Einige Felder müssen korrigiert werden.</translation>
    </message>
    <message>
        <source>sent.dm refused the request because it conflicts with the current state.</source>
        <translation>sent.dm hat die Anfrage abgelehnt, weil sie dem aktuellen Zustand widerspricht.</translation>
    </message>
    <message>
        <source>sent.dm had a problem answering (HTTP %1). This is usually temporary; try again in a few minutes.</source>
        <translation>Bei sent.dm ist beim Antworten ein Problem aufgetreten (HTTP %1). Das ist meist vorübergehend; versuchen Sie es in ein paar Minuten erneut.</translation>
    </message>
    <message>
        <source>sent.dm answered with HTTP %1.</source>
        <translation>sent.dm hat mit HTTP %1 geantwortet.</translation>
    </message>
    <message>
        <source>Could not reach %1: %2. Check the network connection and try again.</source>
        <translation>%1 ist nicht erreichbar: %2. Prüfen Sie die Netzwerkverbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be verified (%2). Nothing was sent; check the address and the system's certificates.</source>
        <translation>Die sichere Verbindung zu %1 konnte nicht überprüft werden (%2). Es wurde nichts gesendet; prüfen Sie die Adresse und die Zertifikate des Systems.</translation>
    </message>
    <message>
        <source>%1 did not answer in time. Try again; if it keeps happening, the service may be slow or unreachable.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet. Versuchen Sie es erneut; wenn das wiederholt passiert, ist der Dienst möglicherweise langsam oder nicht erreichbar.</translation>
    </message>
    <message>
        <source>sent.dm says: “%1”.</source>
        <translation>sent.dm meldet: „%1“.</translation>
    </message>
    <message>
        <source>sent.dm sent an answer that could not be read (%1). Try again.</source>
        <translation>sent.dm hat eine Antwort gesendet, die nicht gelesen werden konnte (%1). Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Request ID for support: %1</source>
        <translation>Anfrage-ID für den Support: %1</translation>
    </message>
    <message>
        <source>Client request ID for support: %1</source>
        <translation>Client-Anfrage-ID für den Support: %1</translation>
    </message>
    <message>
        <source>sent.dm no longer serves this part of its API (%1): the version Compliance Desk speaks has been retired. Compliance Desk needs an update to go on; nothing changed in the organization itself.</source>
        <translation>sent.dm bietet diesen Teil seiner API nicht mehr an (%1): Die Version, die Compliance Desk spricht, wurde abgeschaltet. Compliance Desk braucht ein Update, um weiterzuarbeiten; an der Organisation selbst hat sich nichts geändert.</translation>
    </message>
    <message>
        <source>sent.dm has no such profile (any more): it may have been deleted, or it belongs to another organization.</source>
        <translation>Dieses Profil gibt es bei sent.dm nicht (mehr): Es wurde möglicherweise gelöscht oder gehört zu einer anderen Organisation.</translation>
    </message>
    <message>
        <source>sent.dm has no such organization for this key.</source>
        <translation>Zu diesem Schlüssel gibt es bei sent.dm keine solche Organisation.</translation>
    </message>
    <message>
        <source>sent.dm has no such user in this organization.</source>
        <translation>Diesen Benutzer gibt es in dieser Organisation bei sent.dm nicht.</translation>
    </message>
    <message>
        <source>It exists already: sent.dm refuses a duplicate.</source>
        <translation>Das gibt es bereits: sent.dm lehnt ein Duplikat ab.</translation>
    </message>
    <message>
        <source>sent.dm has no such webhook (any more).</source>
        <translation>Diesen Webhook gibt es bei sent.dm nicht (mehr).</translation>
    </message>
    <message>
        <source>sent.dm has no such item (any more): it may have been deleted.</source>
        <translation>Diesen Eintrag gibt es bei sent.dm nicht (mehr): Er wurde möglicherweise gelöscht.</translation>
    </message>
    <message>
        <source>A phone number is not in international format (E.164, such as +14155550123).</source>
        <translation>Eine Telefonnummer ist nicht im internationalen Format (E.164, etwa +14155550123).</translation>
    </message>
    <message>
        <source>An identifier in the request is not a valid id.</source>
        <translation>Eine Kennung in der Anfrage ist keine gültige ID.</translation>
    </message>
    <message>
        <source>sent.dm refused the request: a required field is missing.</source>
        <translation>sent.dm hat die Anfrage abgelehnt: Ein Pflichtfeld fehlt.</translation>
    </message>
    <message>
        <source>sent.dm refused the request: a value is out of its allowed range.</source>
        <translation>sent.dm hat die Anfrage abgelehnt: Ein Wert liegt außerhalb des erlaubten Bereichs.</translation>
    </message>
    <message>
        <source>sent.dm refused the request: a value is not one of the words it accepts.</source>
        <translation>sent.dm hat die Anfrage abgelehnt: Ein Wert gehört nicht zu den zulässigen Werten.</translation>
    </message>
    <message>
        <source>The sent.dm account's balance is too low for this. Add funds in the sent.dm dashboard.</source>
        <translation>Das Guthaben des sent.dm-Kontos reicht dafür nicht aus. Laden Sie es im sent.dm-Dashboard auf.</translation>
    </message>
    <message>
        <source>This would exceed the account's quota.</source>
        <translation>Das würde das Kontingent des Kontos überschreiten.</translation>
    </message>
    <message>
        <source>sent.dm is briefly unavailable (HTTP %1). Try again in a few minutes.</source>
        <translation>sent.dm ist kurzzeitig nicht verfügbar (HTTP %1). Versuchen Sie es in ein paar Minuten erneut.</translation>
    </message>
    <message>
        <source>A service sent.dm depends on failed (HTTP %1). Try again in a few minutes.</source>
        <translation>Ein Dienst, von dem sent.dm abhängt, ist ausgefallen (HTTP %1). Versuchen Sie es in ein paar Minuten erneut.</translation>
    </message>
    <message>
        <source>sent.dm timed out waiting for the operation (HTTP %1). Check whether it was carried out before trying again.</source>
        <translation>sent.dm hat beim Warten auf den Vorgang das Zeitlimit überschritten (HTTP %1). Prüfen Sie, ob er ausgeführt wurde, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>sent.dm says: “%1” (%2).</source>
        <translation>sent.dm meldet: „%1“ (%2).</translation>
    </message>
    <message>
        <source>What is inherited from the organization cannot be changed from a profile: it is changed in sent.dm's dashboard, under the organization.</source>
        <translation>Was von der Organisation geerbt ist, lässt sich nicht in einem Profil ändern: Es wird im Dashboard von sent.dm unter der Organisation geändert.</translation>
    </message>
</context>
<context>
    <name>cd::ApiJob</name>
    <message>
        <source>%1 redirected the request to %2, which is not followed (the API key stays with %1).</source>
        <translation>%1 hat die Anfrage nach %2 umgeleitet; dem wird nicht gefolgt (der API-Schlüssel bleibt bei %1).</translation>
    </message>
    <message>
        <source>the answer was empty</source>
        <translation>die Antwort war leer</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>an interim HTTP %1 instead of an answer</source>
        <translation>ein vorläufiges HTTP %1 statt einer Antwort</translation>
    </message>
    <message>
        <source>the answer was larger than %1 MB, more than any organization needs; it was not read</source>
        <translation>die Antwort war größer als %1 MB, mehr als jede Organisation braucht; sie wurde nicht gelesen</translation>
    </message>
    <message>
        <source>%1 redirected the change to %2 in a way that would drop what it sends (HTTP %3); it was not followed.</source>
        <translation>%1 hat die Änderung so nach %2 umgeleitet, dass ihr Inhalt verloren ginge (HTTP %3); der Umleitung wurde nicht gefolgt.</translation>
    </message>
    <message>
        <source>%1 redirected the request more than %2 times (last to %3); it was not followed further.</source>
        <translation>%1 hat die Anfrage mehr als %2-mal umgeleitet (zuletzt nach %3); weiteren Umleitungen wurde nicht gefolgt.</translation>
    </message>
    <message>
        <source>the answer was JSON, but not the object sent.dm answers with (it was a list or a single value)</source>
        <translation>die Antwort war JSON, aber nicht das Objekt, mit dem sent.dm antwortet (sie war eine Liste oder ein einzelner Wert)</translation>
    </message>
</context>
<context>
    <name>cd::ApiNotice</name>
    <message>
        <source>sent.dm will retire %1 on %2.</source>
        <translation>sent.dm schaltet %1 am %2 ab.</translation>
    </message>
    <message>
        <source>sent.dm has marked %1 as deprecated: it still works, and will be retired later.</source>
        <translation>sent.dm hat %1 als veraltet gekennzeichnet: Es funktioniert noch und wird später abgeschaltet.</translation>
    </message>
    <message>
        <source>Compliance Desk may need an update before then.</source>
        <translation>Compliance Desk braucht bis dahin möglicherweise ein Update.</translation>
    </message>
    <message>
        <source>sent.dm warns about %1: “%2”.</source>
        <translation>sent.dm warnt zu %1: „%2“.</translation>
    </message>
    <message>
        <source>More: %1</source>
        <translation>Mehr dazu: %1</translation>
    </message>
</context>
<context>
    <name>cd::BulkItem</name>
    <message>
        <source>Create profile</source>
        <translation>Profil anlegen</translation>
    </message>
    <message>
        <source>Change profile</source>
        <translation>Profil ändern</translation>
    </message>
    <message>
        <source>Complete setup</source>
        <translation>Einrichtung abschließen</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Profil löschen</translation>
    </message>
    <message>
        <source>Create campaign</source>
        <translation>Kampagne anlegen</translation>
    </message>
    <message>
        <source>Change campaign</source>
        <translation>Kampagne ändern</translation>
    </message>
    <message>
        <source>Delete campaign</source>
        <translation>Kampagne löschen</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Sent, waiting for the answer</source>
        <translation>Gesendet, Antwort steht aus</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Refused by sent.dm</source>
        <translation>Von sent.dm abgelehnt</translation>
    </message>
    <message>
        <source>Failed, can be retried</source>
        <translation>Fehlgeschlagen, kann wiederholt werden</translation>
    </message>
    <message>
        <source>Cancelled, not sent</source>
        <translation>Abgebrochen, nicht gesendet</translation>
    </message>
</context>
<context>
    <name>cd::BulkJob</name>
    <message>
        <source>Not started</source>
        <translation>Nicht gestartet</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
</context>
<context>
    <name>cd::BulkJobModel</name>
    <message>
        <source>sent.dm would accept it</source>
        <translation>sent.dm würde es annehmen</translation>
    </message>
    <message>
        <source>Held back (warnings not acknowledged)</source>
        <translation>Zurückgehalten (Warnungen nicht bestätigt)</translation>
    </message>
    <message>
        <source>Checked by sent.dm; nothing was made (request %1)</source>
        <translation>Von sent.dm geprüft; nichts wurde angelegt (Anfrage %1)</translation>
    </message>
    <message>
        <source>Made (request %1)</source>
        <translation>Angelegt (Anfrage %1)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) set</source>
        <translation>
            <numerusform>%n Feld gesetzt</numerusform>
            <numerusform>%n Felder gesetzt</numerusform>
        </translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Einzelheiten</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>Stand: %1</translation>
    </message>
    <message>
        <source>• %1: %2</source>
        <translation>• %1: %2</translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation>Anfrage-ID: %1</translation>
    </message>
    <message>
        <source>Made: %1</source>
        <translation>Angelegt: %1</translation>
    </message>
    <message>
        <source>The linter, against this profile:</source>
        <translation>Die Prüfregeln, für dieses Profil:</translation>
    </message>
    <message>
        <source>• %1 %2 (%3): %4</source>
        <translation>• %1 %2 (%3): %4</translation>
    </message>
    <message>
        <source>What sent.dm will check:</source>
        <translation>Was sent.dm prüfen wird:</translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <source>What it changes on sent.dm:</source>
        <translation>Was es bei sent.dm ändert:</translation>
    </message>
    <message>
        <source>+ %1: %2</source>
        <translation>+ %1: %2</translation>
    </message>
    <message>
        <source>− %1: %2</source>
        <translation>− %1: %2</translation>
    </message>
    <message>
        <source>~ %1: %2 → %3</source>
        <translation>~ %1: %2 → %3</translation>
    </message>
    <message>
        <source>What the switch does to it:</source>
        <translation>Was die Umstellung für das Profil bedeutet:</translation>
    </message>
</context>
<context>
    <name>cd::BulkPlanner</name>
    <message>
        <source>%1: “%2”</source>
        <translation>%1: „%2“</translation>
    </message>
    <message>
        <source>Uses the organization's campaigns: a campaign of its own needs it to stop inheriting them first.</source>
        <translation>Verwendet die Kampagnen der Organisation: Für eine eigene Kampagne muss es sie zuerst nicht mehr übernehmen.</translation>
    </message>
    <message>
        <source>Has no brand yet, and a campaign needs one.</source>
        <translation>Hat noch keine Marke, und eine Kampagne braucht eine.</translation>
    </message>
    <message>
        <source>Already has a campaign named “%1”.</source>
        <translation>Hat schon eine Kampagne namens „%1“.</translation>
    </message>
    <message>
        <source>Uses {{%1}}, which is not a placeholder.</source>
        <translation>Verwendet {{%1}}, das ist kein Platzhalter.</translation>
    </message>
    <message>
        <source>Has no value for {{%1}} (%2).</source>
        <translation>Hat keinen Wert für {{%1}} (%2).</translation>
    </message>
    <message>
        <source>Uses the organization's brand: its brand cannot be changed here.</source>
        <translation>Verwendet die Marke der Organisation: Seine Marke kann hier nicht geändert werden.</translation>
    </message>
    <message>
        <source>Its brand was submitted to The Campaign Registry and can no longer be changed.</source>
        <translation>Seine Marke wurde bei The Campaign Registry eingereicht und kann nicht mehr geändert werden.</translation>
    </message>
    <message>
        <source>Already has these values.</source>
        <translation>Hat diese Werte bereits.</translation>
    </message>
    <message>
        <source>Its setup is not waiting to be completed (%1).</source>
        <translation>Seine Einrichtung wartet nicht auf den Abschluss (%1).</translation>
    </message>
    <message>
        <source>Belongs to the organization, which this profile inherits it from.</source>
        <translation>Gehört der Organisation, von der dieses Profil sie übernimmt.</translation>
    </message>
    <message>
        <source>Has no brand of its own to change.</source>
        <translation>Hat keine eigene Marke, die geändert werden könnte.</translation>
    </message>
</context>
<context>
    <name>cd::BulkRunner</name>
    <message>
        <source>The job could not be written to this computer's job journal, so it was not started: nothing was sent.</source>
        <translation>Der Auftrag konnte nicht in das Auftragsjournal dieses Computers geschrieben werden und wurde deshalb nicht gestartet: Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>There is no job %1 on this computer.</source>
        <translation>Auf diesem Computer gibt es keinen Auftrag %1.</translation>
    </message>
    <message>
        <source>Job %1 was made with another account; open that connection to resume it.</source>
        <translation>Auftrag %1 wurde mit einem anderen Konto angelegt; öffnen Sie diese Verbindung, um ihn fortzusetzen.</translation>
    </message>
    <message>
        <source>This item carried payment or WhatsApp details, which are not kept on this computer; it can only be sent by starting the job again.</source>
        <translation>Dieser Eintrag enthielt Zahlungs- oder WhatsApp-Daten, die auf diesem Computer nicht gespeichert werden; er kann nur gesendet werden, indem der Auftrag neu gestartet wird.</translation>
    </message>
    <message>
        <source>Sent on %1, but its answer never came, and that was too long ago for sent.dm to recognise it again: check in the tree whether it was made before trying it again.</source>
        <translation>Gesendet am %1, aber die Antwort kam nie, und das ist zu lange her, als dass sent.dm die Anfrage wiedererkennen könnte: Prüfen Sie im Baum, ob sie ausgeführt wurde, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>The connection was closed.</source>
        <translation>Die Verbindung wurde geschlossen.</translation>
    </message>
    <message>
        <source>The connection was closed while the job ran; resume it to send the rest.</source>
        <translation>Die Verbindung wurde geschlossen, während der Auftrag lief; setzen Sie ihn fort, um den Rest zu senden.</translation>
    </message>
    <message>
        <source>Its answer did not arrive, so it may have been made; a retry sends it again under the same key, and sent.dm does not make it twice. %1</source>
        <translation>Die Antwort kam nicht an, es wurde also vielleicht schon angelegt; ein erneuter Versuch sendet es mit demselben Schlüssel, und sent.dm legt es nicht doppelt an. %1</translation>
    </message>
</context>
<context>
    <name>cd::BulkSelection</name>
    <message>
        <source>The organization has no profile %1.</source>
        <translation>Die Organisation hat kein Profil %1.</translation>
    </message>
</context>
<context>
    <name>cd::CampaignTemplate</name>
    <message>
        <source>the profile's name</source>
        <translation>der Name des Profils</translation>
    </message>
    <message>
        <source>the brand's business name (the profile's name when it has none)</source>
        <translation>der Firmenname der Marke (der Name des Profils, wenn sie keinen hat)</translation>
    </message>
    <message>
        <source>the brand contact's phone number</source>
        <translation>die Telefonnummer des Markenkontakts</translation>
    </message>
    <message>
        <source>the brand contact's email address (the profile's when it has none)</source>
        <translation>die E-Mail-Adresse des Markenkontakts (die des Profils, wenn er keine hat)</translation>
    </message>
    <message>
        <source>the business's website</source>
        <translation>die Website des Unternehmens</translation>
    </message>
</context>
<context>
    <name>cd::ChangeSettlement</name>
    <message>
        <source>The completion of the profile%1 sent at %2, whose answer was lost, was made: sent.dm shows it started.</source>
        <translation>Der Abschluss des Profils%1, gesendet am %2, dessen Antwort verloren ging, wurde ausgeführt: sent.dm zeigt ihn als begonnen.</translation>
    </message>
    <message>
        <source>The completion of the profile%1 sent at %2, whose answer was lost, was not made: the profile is still incomplete. Complete it again to start it.</source>
        <translation>Der Abschluss des Profils%1, gesendet am %2, dessen Antwort verloren ging, wurde nicht ausgeführt: Das Profil ist noch unvollständig. Schließen Sie es erneut ab, um ihn zu starten.</translation>
    </message>
    <message>
        <source>The change to the campaign%1 sent at %2, whose answer was lost, was made: sent.dm shows it.</source>
        <translation>Die Änderung an der Kampagne%1, gesendet am %2, deren Antwort verloren ging, wurde ausgeführt: sent.dm zeigt sie.</translation>
    </message>
    <message>
        <source>The change to the campaign%1 sent at %2, whose answer was lost, is not what sent.dm shows now; make it again if it is still wanted.</source>
        <translation>Die Änderung an der Kampagne%1, gesendet am %2, deren Antwort verloren ging, entspricht nicht dem, was sent.dm jetzt zeigt; nehmen Sie sie erneut vor, wenn sie noch gewünscht ist.</translation>
    </message>
    <message>
        <source>The campaign%1 sent at %2, whose answer was lost, was created (id %3).</source>
        <translation>Die Kampagne%1, gesendet am %2, deren Antwort verloren ging, wurde angelegt (ID %3).</translation>
    </message>
    <message>
        <source>The campaign%1 sent at %2, whose answer was lost, was not created: sent.dm lists no such campaign. Create it again to make it.</source>
        <translation>Die Kampagne%1, gesendet am %2, deren Antwort verloren ging, wurde nicht angelegt: sent.dm führt keine solche Kampagne. Legen Sie sie erneut an.</translation>
    </message>
    <message>
        <source>The profile%1 sent at %2, whose answer was lost, was created (id %3).</source>
        <translation>Das Profil%1, gesendet am %2, dessen Antwort verloren ging, wurde angelegt (ID %3).</translation>
    </message>
    <message>
        <source>The profile%1 sent at %2, whose answer was lost, was not created: sent.dm lists no such profile. Create it again to make it.</source>
        <translation>Das Profil%1, gesendet am %2, dessen Antwort verloren ging, wurde nicht angelegt: sent.dm führt kein solches Profil. Legen Sie es erneut an.</translation>
    </message>
    <message>
        <source>The change to the profile%1 sent at %2, whose answer was lost, was made: sent.dm shows it.</source>
        <translation>Die Änderung am Profil%1, gesendet am %2, deren Antwort verloren ging, wurde ausgeführt: sent.dm zeigt sie.</translation>
    </message>
    <message>
        <source>The change to the profile%1 sent at %2, whose answer was lost, is not what sent.dm shows now; make it again if it is still wanted.</source>
        <translation>Die Änderung am Profil%1, gesendet am %2, deren Antwort verloren ging, entspricht nicht dem, was sent.dm jetzt zeigt; nehmen Sie sie erneut vor, wenn sie noch gewünscht ist.</translation>
    </message>
</context>
<context>
    <name>cd::CompletionChecklist</name>
    <message>
        <source>The profile has a name.</source>
        <translation>Das Profil hat einen Namen.</translation>
    </message>
    <message>
        <source>The profile has a short name.</source>
        <translation>Das Profil hat einen Kurznamen.</translation>
    </message>
    <message>
        <source>The profile has a description.</source>
        <translation>Das Profil hat eine Beschreibung.</translation>
    </message>
    <message>
        <source>The organization has a brand for the profile to inherit.</source>
        <translation>Die Organisation hat eine Marke, die das Profil erben kann.</translation>
    </message>
    <message>
        <source>The profile has a brand of its own.</source>
        <translation>Das Profil hat eine eigene Marke.</translation>
    </message>
    <message>
        <source>The organization has campaigns for the profile to inherit.</source>
        <translation>Die Organisation hat Kampagnen, die das Profil erben kann.</translation>
    </message>
    <message>
        <source>A TCR application has at least one campaign.</source>
        <translation>Eine TCR-Anmeldung hat mindestens eine Kampagne.</translation>
    </message>
    <message>
        <source>The profile has campaigns of its own.</source>
        <translation>Das Profil hat eigene Kampagnen.</translation>
    </message>
    <message>
        <source>It has neither an SMS nor a WhatsApp number yet, so it waits for one.</source>
        <translation>Es hat noch weder eine SMS- noch eine WhatsApp-Nummer und wartet daher auf eine.</translation>
    </message>
    <message>
        <source>Its own brand or campaigns go to The Campaign Registry for review.</source>
        <translation>Seine eigene Marke oder seine Kampagnen gehen zur Prüfung an The Campaign Registry.</translation>
    </message>
    <message>
        <source>Its main destination country's documents are reviewed first.</source>
        <translation>Die Unterlagen seines Hauptziellandes werden zuerst geprüft.</translation>
    </message>
    <message>
        <source>Nothing needs review: it can send once the setup runs.</source>
        <translation>Nichts muss geprüft werden: Es kann senden, sobald die Einrichtung gelaufen ist.</translation>
    </message>
</context>
<context>
    <name>cd::CompletionEngine</name>
    <message>
        <source>Asking sent.dm to complete the setup of %1…</source>
        <translation>sent.dm wird gebeten, die Einrichtung von %1 abzuschließen …</translation>
    </message>
    <message>
        <source>sent.dm did not start the setup; these prerequisites are not met:</source>
        <translation>sent.dm hat die Einrichtung nicht gestartet; diese Voraussetzungen sind nicht erfüllt:</translation>
    </message>
    <message>
        <source>Go back to the checklist, fix them, and submit again.</source>
        <translation>Gehen Sie zurück zur Checkliste, beheben Sie sie und reichen Sie erneut ein.</translation>
    </message>
    <message>
        <source>Dry run: the prerequisites pass; nothing was started.</source>
        <translation>Probelauf: Die Voraussetzungen sind erfüllt; nichts wurde gestartet.</translation>
    </message>
    <message>
        <source>Nothing to do: %1 (status: %2).</source>
        <translation>Nichts zu tun: %1 (Status: %2).</translation>
    </message>
    <message>
        <source>the profile is already complete</source>
        <translation>das Profil ist bereits abgeschlossen</translation>
    </message>
    <message>
        <source>sent.dm has started processing %1. This can take a while; the status below follows it, and you will be told when it changes even if you close this window.</source>
        <translation>sent.dm verarbeitet %1 jetzt. Das kann dauern; der Status unten folgt dem, und Sie werden über Änderungen informiert, auch wenn Sie dieses Fenster schließen.</translation>
    </message>
    <message>
        <source>Status: %1 — watching for changes…</source>
        <translation>Status: %1 – Änderungen werden beobachtet …</translation>
    </message>
    <message>
        <source>Status: %1 (at %2). Nothing more to wait for.</source>
        <translation>Status: %1 (um %2). Es gibt nichts mehr abzuwarten.</translation>
    </message>
    <message>
        <source>Status: %1 (at %2) — in review; still watching…</source>
        <translation>Status: %1 (um %2) – in Prüfung; wird weiter beobachtet …</translation>
    </message>
    <message>
        <source>Status: %1 (checked at %2) — still processing…</source>
        <translation>Status: %1 (geprüft um %2) – wird noch verarbeitet …</translation>
    </message>
</context>
<context>
    <name>cd::ComplianceReport</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Compliance report: %1</source>
        <translation>Compliance-Bericht: %1</translation>
    </message>
    <message>
        <source>Compliance report: %1 (%2)</source>
        <translation>Compliance-Bericht: %1 (%2)</translation>
    </message>
    <message>
        <source>the organization</source>
        <translation>die Organisation</translation>
    </message>
    <message>
        <source>Organization %1 (%2). Generated %3 by Compliance Desk; rules %4.</source>
        <translation>Organisation %1 (%2). Erstellt am %3 mit Compliance Desk; Regeln %4.</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Kampagnen</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Profile ID</source>
        <translation>Profil-ID</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Kurzname</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Abrechnung</translation>
    </message>
    <message>
        <source>Uses the organization's brand</source>
        <translation>Verwendet die Marke der Organisation</translation>
    </message>
    <message>
        <source>Uses the organization's campaigns</source>
        <translation>Verwendet die Kampagnen der Organisation</translation>
    </message>
    <message>
        <source>SMS number</source>
        <translation>SMS-Nummer</translation>
    </message>
    <message>
        <source>WhatsApp number</source>
        <translation>WhatsApp-Nummer</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Marke</translation>
    </message>
    <message>
        <source>the organization's</source>
        <translation>die der Organisation</translation>
    </message>
    <message>
        <source>its own</source>
        <translation>eine eigene</translation>
    </message>
    <message>
        <source>Brand status</source>
        <translation>Markenstatus</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <source>TCR brand ID</source>
        <translation>TCR-Marken-ID</translation>
    </message>
    <message>
        <source>Submitted to TCR</source>
        <translation>Bei TCR eingereicht</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Rechtlicher Name</translation>
    </message>
    <message>
        <source>Entity type</source>
        <translation>Rechtsform</translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation>Steuer-ID</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>%1 (main)</source>
        <translation>%1 (Haupt)</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <source>Vertical</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Destination countries</source>
        <translation>Zielländer</translation>
    </message>
    <message>
        <source>TCR application</source>
        <translation>TCR-Antrag</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
    <message>
        <source>Its campaigns could not be read: %1</source>
        <translation>Die Kampagnen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Campaign %1 — %2</source>
        <translation>Kampagne %1 – %2</translation>
    </message>
    <message>
        <source>Campaign ID</source>
        <translation>Kampagnen-ID</translation>
    </message>
    <message>
        <source>TCR campaign ID</source>
        <translation>TCR-Kampagnen-ID</translation>
    </message>
    <message>
        <source>Inherited from the organization</source>
        <translation>Von der Organisation übernommen</translation>
    </message>
    <message>
        <source>Sync error</source>
        <translation>Synchronisierungsfehler</translation>
    </message>
    <message>
        <source>Message flow</source>
        <translation>Nachrichtenfluss</translation>
    </message>
    <message>
        <source>The linter finds nothing to report.</source>
        <translation>Der Linter hat nichts zu melden.</translation>
    </message>
    <message>
        <source>The linter's findings:</source>
        <translation>Die Befunde des Linters:</translation>
    </message>
    <message>
        <source>Timeline (recorded on this computer)</source>
        <translation>Zeitleiste (auf diesem Computer aufgezeichnet)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>Anfrage-ID</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 · page %2 of %3</source>
        <translation>%1 · Seite %2 von %3</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message numerus="yes">
        <source>yes, used by %n profile(s)</source>
        <translation>
            <numerusform>ja, von %n Profil verwendet</numerusform>
            <numerusform>ja, von %n Profilen verwendet</numerusform>
        </translation>
    </message>
    <message>
        <source>Each campaign counts once: an organization campaign that several profiles inherit is one campaign.</source>
        <translation>Jede Kampagne zählt einmal: Eine Kampagne der Organisation, die mehrere Profile erben, ist eine Kampagne.</translation>
    </message>
    <message>
        <source>The organization's campaigns</source>
        <translation>Die Kampagnen der Organisation</translation>
    </message>
    <message>
        <source>Used by: %1.</source>
        <translation>Verwendet von: %1.</translation>
    </message>
    <message>
        <source>“%1” (%2)</source>
        <translation>„%1“ (%2)</translation>
    </message>
    <message>
        <source>Uses the organization's campaigns %1, described once under “The organization's campaigns”.</source>
        <translation>Verwendet die Kampagnen der Organisation %1, einmal beschrieben unter „Die Kampagnen der Organisation“.</translation>
    </message>
</context>
<context>
    <name>cd::ConnectionService</name>
    <message>
        <source>Enter the API key.</source>
        <translation>Geben Sie den API-Schlüssel ein.</translation>
    </message>
</context>
<context>
    <name>cd::ConnectionStore</name>
    <message>
        <source>Give the connection a name.</source>
        <translation>Geben Sie der Verbindung einen Namen.</translation>
    </message>
    <message>
        <source>The name is longer than 80 characters.</source>
        <translation>Der Name ist länger als 80 Zeichen.</translation>
    </message>
    <message>
        <source>There is already a connection named “%1”.</source>
        <translation>Es gibt bereits eine Verbindung namens „%1“.</translation>
    </message>
</context>
<context>
    <name>cd::CredentialStore</name>
    <message>
        <source>No API key is stored for this connection in the system keychain, or the keychain is locked. Unlock it, or enter the key again.</source>
        <translation>Für diese Verbindung ist kein API-Schlüssel im Schlüsselbund des Systems gespeichert, oder der Schlüsselbund ist gesperrt. Entsperren Sie ihn oder geben Sie den Schlüssel erneut ein.</translation>
    </message>
    <message>
        <source>The system keychain refused access; it may be locked. Unlock it and try again, or use the key for this session only.</source>
        <translation>Der Schlüsselbund des Systems hat den Zugriff verweigert; vielleicht ist er gesperrt. Entsperren Sie ihn und versuchen Sie es erneut, oder verwenden Sie den Schlüssel nur für diese Sitzung.</translation>
    </message>
    <message>
        <source>No system keychain is available (on Linux, a Secret Service such as GNOME Keyring or KWallet is needed). The key can be used for this session only; it is never written to a file.</source>
        <translation>Es ist kein Schlüsselbund des Systems verfügbar (unter Linux wird ein Secret Service wie GNOME Keyring oder KWallet benötigt). Der Schlüssel kann nur für diese Sitzung verwendet werden; er wird nie in eine Datei geschrieben.</translation>
    </message>
    <message>
        <source>The system keychain failed: %1</source>
        <translation>Der Schlüsselbund des Systems ist gescheitert: %1</translation>
    </message>
    <message numerus="yes">
        <source>The system keychain did not answer within %n second(s); it may be waiting for you to unlock it. Try again, or use the key for this session only.</source>
        <translation>
            <numerusform>Der Schlüsselbund des Systems hat nicht innerhalb von %n Sekunde geantwortet; vielleicht wartet er darauf, entsperrt zu werden. Versuchen Sie es erneut, oder verwenden Sie den Schlüssel nur für diese Sitzung.</numerusform>
            <numerusform>Der Schlüsselbund des Systems hat nicht innerhalb von %n Sekunden geantwortet; vielleicht wartet er darauf, entsperrt zu werden. Versuchen Sie es erneut, oder verwenden Sie den Schlüssel nur für diese Sitzung.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::DashboardAggregates</name>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Did not reach the registry</source>
        <translation>Hat das Register nicht erreicht</translation>
    </message>
    <message>
        <source>No brand</source>
        <translation>Keine Marke</translation>
    </message>
    <message>
        <source>Campaigns not loaded</source>
        <translation>Kampagnen nicht geladen</translation>
    </message>
    <message>
        <source>Waiting long in review</source>
        <translation>Wartet lange in Prüfung</translation>
    </message>
    <message>
        <source>Organization's brand</source>
        <translation>Marke der Organisation</translation>
    </message>
</context>
<context>
    <name>cd::Draft</name>
    <message>
        <source>Untitled campaign</source>
        <translation>Kampagne ohne Namen</translation>
    </message>
    <message>
        <source>The draft is damaged and cannot be read.</source>
        <translation>Der Entwurf ist beschädigt und kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The draft was written by a newer version of Compliance Desk.</source>
        <translation>Der Entwurf wurde von einer neueren Version von Compliance Desk geschrieben.</translation>
    </message>
</context>
<context>
    <name>cd::HistoryLog</name>
    <message>
        <source>The history file could not be opened.</source>
        <translation>Die Verlaufsdatei konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>Der Verlauf konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Entry %1 follows entry %2: the entries between them were removed.</source>
        <translation>Eintrag %1 folgt auf Eintrag %2: Die Einträge dazwischen wurden entfernt.</translation>
    </message>
    <message>
        <source>Entry %1 does not follow from the entry before it: one of them was changed.</source>
        <translation>Eintrag %1 folgt nicht aus dem Eintrag davor: Einer von beiden wurde geändert.</translation>
    </message>
    <message>
        <source>Entry %1 was changed after it was written.</source>
        <translation>Eintrag %1 wurde geändert, nachdem er geschrieben wurde.</translation>
    </message>
    <message>
        <source>The newest entries were removed: the history ended at entry %1.</source>
        <translation>Die neuesten Einträge wurden entfernt: Der Verlauf endete bei Eintrag %1.</translation>
    </message>
    <message>
        <source>sent.dm (seen by the status checks)</source>
        <translation>sent.dm (von der Statusprüfung erkannt)</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source>The history file was found damaged on %1 and started again from what could still be read; the damaged file is kept as %2.</source>
        <translation>Die Verlaufsdatei war am %1 beschädigt und wurde mit dem neu begonnen, was sich noch lesen ließ; die beschädigte Datei bleibt als %2 erhalten.</translation>
    </message>
    <message numerus="yes">
        <source>The history file cannot be used now (%1), so it cannot be checked. %n entry(s) made since wait to be written to it.</source>
        <translation>
            <numerusform>Die Verlaufsdatei kann gerade nicht verwendet werden (%1) und daher nicht geprüft werden. %n seither angelegter Eintrag wartet darauf, geschrieben zu werden.</numerusform>
            <numerusform>Die Verlaufsdatei kann gerade nicht verwendet werden (%1) und daher nicht geprüft werden. %n seither angelegte Einträge warten darauf, geschrieben zu werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>On %1 the key that seals the history was missing from the keychain (it was removed, or the history was copied from elsewhere): entries before entry %2 can no longer be checked against a rewrite.</source>
        <translation>Am %1 fehlte der Schlüssel, der den Verlauf versiegelt, im Schlüsselbund (er wurde entfernt, oder der Verlauf wurde von anderswo kopiert): Einträge vor Eintrag %2 lassen sich nicht mehr auf ein Umschreiben prüfen.</translation>
    </message>
    <message>
        <source>On %1 the history held %2 of the %3 entries recorded: entries were removed, or the file was emptied, deleted or replaced.</source>
        <translation>Am %1 enthielt der Verlauf %2 der %3 aufgezeichneten Einträge: Einträge wurden entfernt, oder die Datei wurde geleert, gelöscht oder ersetzt.</translation>
    </message>
    <message>
        <source>On %1 entry %2 was no longer the entry recorded: the history was rewritten.</source>
        <translation>Am %1 war Eintrag %2 nicht mehr der aufgezeichnete Eintrag: Der Verlauf wurde umgeschrieben.</translation>
    </message>
    <message>
        <source>The history no longer holds entry %1 as it was recorded: entries were removed, or the file was replaced.</source>
        <translation>Der Verlauf enthält Eintrag %1 nicht mehr so, wie er aufgezeichnet wurde: Einträge wurden entfernt, oder die Datei wurde ersetzt.</translation>
    </message>
    <message>
        <source>The seal that protects the history is kept in the keychain, which cannot be used now (%1). The entries follow each other unchanged, but a history rewritten with its hashes recomputed would not be noticed.</source>
        <translation>Das Siegel, das den Verlauf schützt, liegt im Schlüsselbund, der gerade nicht verwendet werden kann (%1). Die Einträge folgen unverändert aufeinander, aber ein Verlauf, der mit neu berechneten Prüfsummen umgeschrieben wurde, fiele nicht auf.</translation>
    </message>
    <message>
        <source>Entry %1 was written while the keychain could not be used: it follows the chain, but is not sealed.</source>
        <translation>Eintrag %1 wurde geschrieben, während der Schlüsselbund nicht verwendet werden konnte: Er ist verkettet, aber nicht versiegelt.</translation>
    </message>
    <message>
        <source>Entries %1 to %2 were written while the keychain could not be used: they follow the chain, but are not sealed.</source>
        <translation>Die Einträge %1 bis %2 wurden geschrieben, während der Schlüsselbund nicht verwendet werden konnte: Sie sind verkettet, aber nicht versiegelt.</translation>
    </message>
</context>
<context>
    <name>cd::HistoryRecorder</name>
    <message>
        <source>Asked sent.dm to complete the profile's setup</source>
        <translation>sent.dm gebeten, die Einrichtung des Profils abzuschließen</translation>
    </message>
    <message>
        <source>Created the campaign%1</source>
        <translation>Kampagne%1 angelegt</translation>
    </message>
    <message>
        <source>Deleted the campaign%1</source>
        <translation>Kampagne%1 gelöscht</translation>
    </message>
    <message>
        <source>Changed the campaign%1</source>
        <translation>Kampagne%1 geändert</translation>
    </message>
    <message>
        <source>Created the profile%1</source>
        <translation>Profil%1 angelegt</translation>
    </message>
    <message>
        <source>Deleted the profile%1</source>
        <translation>Profil%1 gelöscht</translation>
    </message>
    <message>
        <source>Changed the profile%1</source>
        <translation>Profil%1 geändert</translation>
    </message>
    <message>
        <source>(sent.dm replayed its earlier answer)</source>
        <translation>(sent.dm hat seine frühere Antwort wiederholt)</translation>
    </message>
    <message>
        <source>Status: %1 → %2</source>
        <translation>Status: %1 → %2</translation>
    </message>
    <message>
        <source>Campaign “%1”: %2 → %3</source>
        <translation>Kampagne „%1“: %2 → %3</translation>
    </message>
    <message>
        <source>Submitted despite the warning %1: %2</source>
        <translation>Trotz der Warnung %1 eingereicht: %2</translation>
    </message>
    <message>
        <source>Sent, but the answer was lost: the change may have been made. It is checked with sent.dm at the next start, and a rerun goes out with the same key (%1), so it is never made twice.</source>
        <translation>Gesendet, aber die Antwort ging verloren: Die Änderung wurde möglicherweise ausgeführt. Beim nächsten Start wird bei sent.dm nachgefragt, und eine Wiederholung geht mit demselben Schlüssel (%1) hinaus, sodass sie nie doppelt ausgeführt wird.</translation>
    </message>
    <message>
        <source>Cancelled the bulk job “%1”: %2 of %3 done, %4 refused, %5 failed, %6 not sent</source>
        <translation>Sammelauftrag „%1“ abgebrochen: %2 von %3 erledigt, %4 abgelehnt, %5 fehlgeschlagen, %6 nicht gesendet</translation>
    </message>
    <message>
        <source>Ran the bulk job “%1”: %2 of %3 done, %4 refused, %5 failed</source>
        <translation>Sammelauftrag „%1“ ausgeführt: %2 von %3 erledigt, %4 abgelehnt, %5 fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>cd::Inheritance</name>
    <message>
        <source>Organization's brand and campaigns</source>
        <translation>Marke und Kampagnen der Organisation</translation>
    </message>
    <message>
        <source>Organization's brand, own campaigns</source>
        <translation>Marke der Organisation, eigene Kampagnen</translation>
    </message>
    <message>
        <source>Own brand, organization's campaigns</source>
        <translation>Eigene Marke, Kampagnen der Organisation</translation>
    </message>
    <message>
        <source>Own brand and campaigns</source>
        <translation>Eigene Marke und Kampagnen</translation>
    </message>
    <message>
        <source>Missing a brand or campaigns</source>
        <translation>Marke oder Kampagnen fehlen</translation>
    </message>
    <message>
        <source>They send under the organization's brand and campaigns, and change when those change.</source>
        <translation>Sie senden unter Marke und Kampagnen der Organisation und ändern sich mit ihnen.</translation>
    </message>
    <message>
        <source>They use the organization's brand and register campaigns of their own.</source>
        <translation>Sie nutzen die Marke der Organisation und registrieren eigene Kampagnen.</translation>
    </message>
    <message>
        <source>They have a brand of their own and use the organization's campaigns.</source>
        <translation>Sie haben eine eigene Marke und nutzen die Kampagnen der Organisation.</translation>
    </message>
    <message>
        <source>They have their own brand and campaigns; nothing of the organization's changes them.</source>
        <translation>Sie haben eigene Marke und Kampagnen; nichts von der Organisation ändert sie.</translation>
    </message>
    <message>
        <source>They have no brand, or no campaigns, of their own or from the organization: they cannot be completed until they do.</source>
        <translation>Sie haben keine Marke oder keine Kampagnen, weder eigene noch von der Organisation: Bis dahin lässt sich ihre Einrichtung nicht abschließen.</translation>
    </message>
    <message>
        <source>Own</source>
        <translation>Eigene</translation>
    </message>
    <message>
        <source>Organization's</source>
        <translation>Von der Organisation</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Fehlt</translation>
    </message>
</context>
<context>
    <name>cd::InheritanceSwitch</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The organization's brand (%1)</source>
        <translation>Die Marke der Organisation (%1)</translation>
    </message>
    <message>
        <source>The organization's brand (none of its profiles reports one yet)</source>
        <translation>Die Marke der Organisation (noch meldet keines ihrer Profile eine)</translation>
    </message>
    <message>
        <source>Its own brand (%1)</source>
        <translation>Die eigene Marke (%1)</translation>
    </message>
    <message>
        <source>None: it has no brand of its own yet</source>
        <translation>Keine: Das Profil hat noch keine eigene Marke</translation>
    </message>
    <message>
        <source>Give it a brand of its own (Edit profile → Brand), then submit it to the registry.</source>
        <translation>Geben Sie ihm eine eigene Marke (Profil bearbeiten → Marke) und reichen Sie sie dann bei der Registry ein.</translation>
    </message>
    <message>
        <source>The organization has no campaigns that its profiles report: create them in sent.dm's dashboard, under the organization.</source>
        <translation>Die Organisation hat keine Kampagnen, die ihre Profile melden: Legen Sie sie im Dashboard von sent.dm unter der Organisation an.</translation>
    </message>
    <message>
        <source>Create its own campaigns (Campaign → New campaign), then complete its setup again.</source>
        <translation>Legen Sie eigene Kampagnen an (Kampagne → Neue Kampagne) und schließen Sie die Einrichtung dann erneut ab.</translation>
    </message>
    <message>
        <source>This profile sends messages now. After the switch it would have no approved campaign, so its messages would stop until one is approved.</source>
        <translation>Dieses Profil sendet jetzt Nachrichten. Nach der Umstellung hätte es keine genehmigte Kampagne; seine Nachrichten würden aussetzen, bis eine genehmigt ist.</translation>
    </message>
    <message>
        <source>This profile sends messages now. After the switch its brand would not be approved, so its messages would stop until it is.</source>
        <translation>Dieses Profil sendet jetzt Nachrichten. Nach der Umstellung wäre seine Marke nicht genehmigt; seine Nachrichten würden aussetzen, bis sie es ist.</translation>
    </message>
    <message>
        <source>Nothing changes: the profile is set up this way already.</source>
        <translation>Nichts ändert sich: Das Profil ist bereits so eingerichtet.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Brand afterwards: %1</source>
        <translation>Marke danach: %1</translation>
    </message>
    <message>
        <source>Campaigns afterwards: none</source>
        <translation>Kampagnen danach: keine</translation>
    </message>
    <message>
        <source>Campaigns afterwards: %1</source>
        <translation>Kampagnen danach: %1</translation>
    </message>
    <message>
        <source>No longer used by it: %1</source>
        <translation>Nicht mehr genutzt: %1</translation>
    </message>
    <message>
        <source>Then: %1</source>
        <translation>Danach: %1</translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
</context>
<context>
    <name>cd::Labels</name>
    <message>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <source>Account notifications</source>
        <translation>Kontobenachrichtigungen</translation>
    </message>
    <message>
        <source>Customer care</source>
        <translation>Kundenbetreuung</translation>
    </message>
    <message>
        <source>Fraud alerts</source>
        <translation>Betrugswarnungen</translation>
    </message>
    <message>
        <source>Two-factor authentication</source>
        <translation>Zwei-Faktor-Authentifizierung</translation>
    </message>
    <message>
        <source>Delivery notifications</source>
        <translation>Lieferbenachrichtigungen</translation>
    </message>
    <message>
        <source>Security alerts</source>
        <translation>Sicherheitswarnungen</translation>
    </message>
    <message>
        <source>Machine to machine</source>
        <translation>Maschine zu Maschine</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation>Gemischt</translation>
    </message>
    <message>
        <source>Higher education</source>
        <translation>Hochschulbildung</translation>
    </message>
    <message>
        <source>Polling and voting</source>
        <translation>Umfragen und Abstimmungen</translation>
    </message>
    <message>
        <source>Public service announcements</source>
        <translation>Öffentliche Bekanntmachungen</translation>
    </message>
    <message>
        <source>Low volume mixed</source>
        <translation>Gemischt, geringes Volumen</translation>
    </message>
    <message>
        <source>Promotions and offers</source>
        <translation>Werbung und Angebote</translation>
    </message>
    <message>
        <source>Status updates about an account</source>
        <translation>Statusmeldungen zu einem Konto</translation>
    </message>
    <message>
        <source>Support conversations</source>
        <translation>Support-Gespräche</translation>
    </message>
    <message>
        <source>Suspicious activity warnings</source>
        <translation>Warnungen vor verdächtigen Vorgängen</translation>
    </message>
    <message>
        <source>One-time sign-in codes</source>
        <translation>Einmalige Anmeldecodes</translation>
    </message>
    <message>
        <source>Shipping and delivery updates</source>
        <translation>Versand- und Lieferhinweise</translation>
    </message>
    <message>
        <source>Security notices about an account</source>
        <translation>Sicherheitshinweise zu einem Konto</translation>
    </message>
    <message>
        <source>Sent between machines, no person reads them</source>
        <translation>Zwischen Maschinen gesendet, kein Mensch liest sie</translation>
    </message>
    <message>
        <source>Several kinds of messages together</source>
        <translation>Mehrere Arten von Nachrichten zusammen</translation>
    </message>
    <message>
        <source>Colleges and universities</source>
        <translation>Hochschulen und Universitäten</translation>
    </message>
    <message>
        <source>Surveys and polls (not political)</source>
        <translation>Umfragen und Abstimmungen (nicht politisch)</translation>
    </message>
    <message>
        <source>Public awareness messages</source>
        <translation>Öffentliche Hinweise</translation>
    </message>
    <message>
        <source>Several kinds, small volume</source>
        <translation>Mehrere Arten, geringes Volumen</translation>
    </message>
    <message>
        <source>Private company</source>
        <translation>Privatunternehmen</translation>
    </message>
    <message>
        <source>Publicly traded company</source>
        <translation>Börsennotiertes Unternehmen</translation>
    </message>
    <message>
        <source>Non-profit</source>
        <translation>Gemeinnützige Organisation</translation>
    </message>
    <message>
        <source>Sole proprietor</source>
        <translation>Einzelunternehmen</translation>
    </message>
    <message>
        <source>Government</source>
        <translation>Behörde</translation>
    </message>
    <message>
        <source>Agriculture</source>
        <translation>Landwirtschaft</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Kommunikation</translation>
    </message>
    <message>
        <source>Construction</source>
        <translation>Bauwesen</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Bildung</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energie</translation>
    </message>
    <message>
        <source>Entertainment</source>
        <translation>Unterhaltung</translation>
    </message>
    <message>
        <source>Financial</source>
        <translation>Finanzwesen</translation>
    </message>
    <message>
        <source>Gambling</source>
        <translation>Glücksspiel</translation>
    </message>
    <message>
        <source>Healthcare</source>
        <translation>Gesundheitswesen</translation>
    </message>
    <message>
        <source>Hospitality</source>
        <translation>Gastgewerbe</translation>
    </message>
    <message>
        <source>Human resources</source>
        <translation>Personalwesen</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>Versicherung</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>Recht</translation>
    </message>
    <message>
        <source>Manufacturing</source>
        <translation>Fertigung</translation>
    </message>
    <message>
        <source>Non-governmental organization</source>
        <translation>Nichtregierungsorganisation</translation>
    </message>
    <message>
        <source>Political</source>
        <translation>Politik</translation>
    </message>
    <message>
        <source>Postal</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Professional services</source>
        <translation>Freiberufliche Dienstleistungen</translation>
    </message>
    <message>
        <source>Real estate</source>
        <translation>Immobilien</translation>
    </message>
    <message>
        <source>Retail</source>
        <translation>Einzelhandel</translation>
    </message>
    <message>
        <source>Technology</source>
        <translation>Technologie</translation>
    </message>
    <message>
        <source>Transportation</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Basic account</source>
        <translation>Basiskonto</translation>
    </message>
    <message>
        <source>Small account</source>
        <translation>Kleines Konto</translation>
    </message>
    <message>
        <source>Medium account</source>
        <translation>Mittleres Konto</translation>
    </message>
    <message>
        <source>Large account</source>
        <translation>Großes Konto</translation>
    </message>
    <message>
        <source>Key account</source>
        <translation>Schlüsselkunde</translation>
    </message>
    <message>
        <source>No business history with the messaging provider yet</source>
        <translation>Noch keine Geschäftsbeziehung mit dem Messaging-Anbieter</translation>
    </message>
    <message>
        <source>Some history; a small business or a low message volume</source>
        <translation>Etwas Vorgeschichte; ein kleines Unternehmen oder wenige Nachrichten</translation>
    </message>
    <message>
        <source>Established; a regional business or a moderate volume</source>
        <translation>Etabliert; ein regionales Unternehmen oder mittleres Volumen</translation>
    </message>
    <message>
        <source>A large business with a dedicated contact</source>
        <translation>Ein großes Unternehmen mit festem Ansprechpartner</translation>
    </message>
    <message>
        <source>A strategic, well-known customer of the provider</source>
        <translation>Ein strategischer, gut bekannter Kunde des Anbieters</translation>
    </message>
    <message>
        <source>Self-declared</source>
        <translation>Selbst erklärt</translation>
    </message>
    <message>
        <source>Unverified</source>
        <translation>Nicht verifiziert</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verifiziert</translation>
    </message>
    <message>
        <source>Vetted and verified</source>
        <translation>Geprüft und verifiziert</translation>
    </message>
    <message>
        <source>Paid by the profile</source>
        <translation>Zahlt das Profil</translation>
    </message>
    <message>
        <source>Paid by the organization</source>
        <translation>Zahlt die Organisation</translation>
    </message>
    <message>
        <source>Paid by the profile and the organization</source>
        <translation>Zahlen Profil und Organisation</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>KYC</source>
        <translation>KYC</translation>
    </message>
    <message>
        <source>Messages sent by software, such as an app or a website, on the brand's behalf. The usual choice.</source>
        <translation>Nachrichten, die Software wie eine App oder eine Website im Namen der Marke sendet. Die übliche Wahl.</translation>
    </message>
    <message>
        <source>A campaign registered through a know-your-customer form, for a brand whose identity was checked from documents.</source>
        <translation>Eine über ein KYC-Formular registrierte Kampagne, für eine Marke, deren Identität anhand von Dokumenten geprüft wurde.</translation>
    </message>
    <message>
        <source>Not vetted yet</source>
        <translation>Noch nicht geprüft</translation>
    </message>
    <message>
        <source>%1 (sent.dm: %2)</source>
        <translation>%1 (sent.dm: %2)</translation>
    </message>
</context>
<context>
    <name>cd::LocalFiles</name>
    <message>
        <source>Drafts cannot be saved to disk right now (%1).</source>
        <translation>Entwürfe können gerade nicht auf dem Datenträger gespeichert werden (%1).</translation>
    </message>
    <message>
        <source>The local history cannot be written right now (%1).</source>
        <translation>Der lokale Verlauf kann gerade nicht geschrieben werden (%1).</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to drafts are kept in memory and saved as soon as the file can be written; the file itself is untouched.</source>
        <translation>
            <numerusform>%n Änderung an Entwürfen wird im Speicher gehalten und gespeichert, sobald die Datei beschreibbar ist; die Datei selbst bleibt unverändert.</numerusform>
            <numerusform>%n Änderungen an Entwürfen werden im Speicher gehalten und gespeichert, sobald die Datei beschreibbar ist; die Datei selbst bleibt unverändert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) are kept in memory, in order, and written as soon as the file can be; the file itself is untouched.</source>
        <translation>
            <numerusform>%n Eintrag wird im Speicher gehalten und geschrieben, sobald die Datei es zulässt; die Datei selbst bleibt unverändert.</numerusform>
            <numerusform>%n Einträge werden in ihrer Reihenfolge im Speicher gehalten und geschrieben, sobald die Datei es zulässt; die Datei selbst bleibt unverändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>What you type is kept in memory and saved as soon as the file can be written; the file itself is untouched.</source>
        <translation>Was Sie eingeben, wird im Speicher gehalten und gespeichert, sobald die Datei beschreibbar ist; die Datei selbst bleibt unverändert.</translation>
    </message>
    <message>
        <source>New entries are kept in memory and written as soon as the file can be; the file itself is untouched.</source>
        <translation>Neue Einträge werden im Speicher gehalten und geschrieben, sobald die Datei es zulässt; die Datei selbst bleibt unverändert.</translation>
    </message>
    <message>
        <source>Drafts saved earlier cannot be shown until then.</source>
        <translation>Früher gespeicherte Entwürfe können bis dahin nicht angezeigt werden.</translation>
    </message>
    <message>
        <source>Entries written earlier cannot be shown until then.</source>
        <translation>Früher geschriebene Einträge können bis dahin nicht angezeigt werden.</translation>
    </message>
    <message numerus="yes">
        <source>The drafts file was damaged. %n draft record(s) that could still be read were carried over; the damaged file is kept as %1.</source>
        <translation>
            <numerusform>Die Entwurfsdatei war beschädigt. %n noch lesbarer Datensatz wurde übernommen; die beschädigte Datei bleibt als %1 erhalten.</numerusform>
            <numerusform>Die Entwurfsdatei war beschädigt. %n noch lesbare Datensätze wurden übernommen; die beschädigte Datei bleibt als %1 erhalten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The local history file was damaged. %n record(s) that could still be read were carried over, and the history check reports the damage; the damaged file is kept as %1.</source>
        <translation>
            <numerusform>Die lokale Verlaufsdatei war beschädigt. %n noch lesbarer Datensatz wurde übernommen, und die Verlaufsprüfung meldet den Schaden; die beschädigte Datei bleibt als %1 erhalten.</numerusform>
            <numerusform>Die lokale Verlaufsdatei war beschädigt. %n noch lesbare Datensätze wurden übernommen, und die Verlaufsprüfung meldet den Schaden; die beschädigte Datei bleibt als %1 erhalten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The local history could not be written (%1): %n entry(s) of this command are not recorded. What was done on sent.dm is done; its request IDs are above.</source>
        <translation>
            <numerusform>Der lokale Verlauf konnte nicht geschrieben werden (%1): %n Eintrag dieses Befehls ist nicht aufgezeichnet. Was bei sent.dm geschehen ist, ist geschehen; die Anfrage-IDs stehen oben.</numerusform>
            <numerusform>Der lokale Verlauf konnte nicht geschrieben werden (%1): %n Einträge dieses Befehls sind nicht aufgezeichnet. Was bei sent.dm geschehen ist, ist geschehen; die Anfrage-IDs stehen oben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Drafts are saved to disk again: everything kept meanwhile is in the file.</source>
        <translation>Entwürfe werden wieder auf dem Datenträger gespeichert: alles zwischenzeitlich Gehaltene steht in der Datei.</translation>
    </message>
    <message>
        <source>The local history is written again: every entry kept meanwhile is in the file.</source>
        <translation>Der lokale Verlauf wird wieder geschrieben: jeder zwischenzeitlich gehaltene Eintrag steht in der Datei.</translation>
    </message>
    <message>
        <source>another program is using the file</source>
        <translation>ein anderes Programm verwendet die Datei</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <source>the file or its folder is read-only</source>
        <translation>die Datei oder ihr Ordner ist schreibgeschützt</translation>
    </message>
    <message>
        <source>the file or its folder cannot be opened; check that it exists and that you may write there</source>
        <translation>die Datei oder ihr Ordner lässt sich nicht öffnen; prüfen Sie, ob es ihn gibt und ob Sie dort schreiben dürfen</translation>
    </message>
    <message>
        <source>the disk reported an error</source>
        <translation>der Datenträger hat einen Fehler gemeldet</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to drafts (%1)</source>
        <translation>
            <numerusform>%n Änderung an Entwürfen (%1)</numerusform>
            <numerusform>%n Änderungen an Entwürfen (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n history entry(s) (%1)</source>
        <translation>
            <numerusform>%n Verlaufseintrag (%1)</numerusform>
            <numerusform>%n Verlaufseinträge (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Not everything is on disk yet: %1 could not be written and are kept only in memory. If you close now they are lost. Try again once the file can be written, or close without them.</source>
        <translation>Noch ist nicht alles gespeichert: %1 konnten nicht geschrieben werden und sind nur im Arbeitsspeicher. Wenn Sie jetzt schließen, gehen sie verloren. Versuchen Sie es erneut, sobald die Datei geschrieben werden kann, oder schließen Sie ohne sie.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>The settings file %1 is damaged and could not be repaired (the disk is full, or the file or its folder is read-only), so saved connections and preferences may be missing. It was left as it is: make room or allow writing there, then start again.</source>
        <translation>Die Einstellungsdatei %1 ist beschädigt und konnte nicht repariert werden (der Datenträger ist voll, oder die Datei oder ihr Ordner ist schreibgeschützt); gespeicherte Verbindungen und Einstellungen können daher fehlen. Sie wurde unverändert gelassen: Schaffen Sie Platz oder erlauben Sie das Schreiben dort und starten Sie dann erneut.</translation>
    </message>
    <message>
        <source>The settings file was damaged; a copy is kept as %1.</source>
        <translation>Die Einstellungsdatei war beschädigt; eine Kopie wurde als %1 aufbewahrt.</translation>
    </message>
    <message numerus="yes">
        <source>The %n saved connection(s) it named were recovered.</source>
        <translation>
            <numerusform>Die gespeicherte Verbindung, die sie nannte, wurde wiederhergestellt.</numerusform>
            <numerusform>Die %n gespeicherten Verbindungen, die sie nannte, wurden wiederhergestellt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of the %n saved connection(s) it named could be recovered; add the others again under Connections, with their API keys.</source>
        <translation>
            <numerusform>%1 der %n gespeicherten Verbindung, die sie nannte, konnte wiederhergestellt werden; fügen Sie die übrigen unter Verbindungen mit ihren API-Schlüsseln erneut hinzu.</numerusform>
            <numerusform>%1 der %n gespeicherten Verbindungen, die sie nannte, konnten wiederhergestellt werden; fügen Sie die übrigen unter Verbindungen mit ihren API-Schlüsseln erneut hinzu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Preferences that could not be read are back to their defaults.</source>
        <translation>Einstellungen, die nicht gelesen werden konnten, sind wieder auf ihren Standardwerten.</translation>
    </message>
</context>
<context>
    <name>cd::OrganizationModel</name>
    <message>
        <source>The organization's</source>
        <translation>Die der Organisation</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>%1 (inherited)</source>
        <translation>%1 (geerbt)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Brand / TCR</source>
        <translation>Marke / TCR</translation>
    </message>
    <message>
        <source>Use cases</source>
        <translation>Anwendungsfälle</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Letzte Änderung</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>Handlungsbedarf</translation>
    </message>
    <message>
        <source>Where the profile or campaign stands; the API's own word is in each cell's tooltip.</source>
        <translation>Wo das Profil oder die Kampagne steht; das Wort der API steht im Tooltip jeder Zelle.</translation>
    </message>
    <message>
        <source>A profile's brand (own or inherited) and its vetting; a campaign's TCR id.</source>
        <translation>Die Marke eines Profils (eigene oder geerbte) und ihre Prüfung; die TCR-ID einer Kampagne.</translation>
    </message>
    <message>
        <source>The campaign's messaging use cases; for a profile, those of all its campaigns.</source>
        <translation>Die Anwendungsfälle der Kampagne; bei einem Profil die all seiner Kampagnen.</translation>
    </message>
    <message>
        <source>When sent.dm last changed the item.</source>
        <translation>Wann sent.dm den Eintrag zuletzt geändert hat.</translation>
    </message>
    <message>
        <source>Rejections, sync errors, a missing brand, or campaigns that could not be loaded.</source>
        <translation>Ablehnungen, Synchronisationsfehler, eine fehlende Marke oder Kampagnen, die nicht geladen werden konnten.</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Sync error</source>
        <translation>Sync-Fehler</translation>
    </message>
    <message>
        <source>No brand</source>
        <translation>Keine Marke</translation>
    </message>
    <message>
        <source>Not loaded</source>
        <translation>Nicht geladen</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Loading campaigns…</source>
        <translation>Kampagnen werden geladen …</translation>
    </message>
    <message>
        <source>Campaigns could not be loaded. Press Enter or double-click to try again.</source>
        <translation>Die Kampagnen konnten nicht geladen werden. Drücken Sie die Eingabetaste oder doppelklicken Sie, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Eingereicht</translation>
    </message>
    <message>
        <source>Not submitted</source>
        <translation>Nicht eingereicht</translation>
    </message>
    <message>
        <source>sent.dm status: %1</source>
        <translation>Status bei sent.dm: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>Sync error: %1</source>
        <translation>Sync-Fehler: %1</translation>
    </message>
    <message>
        <source>Brand status: %1
Identity status: %2
TCR brand id: %3</source>
        <translation>Markenstatus: %1
Identitätsstatus: %2
TCR-Marken-ID: %3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln profile(s)</source>
        <translation>
            <numerusform>%Ln Profil</numerusform>
            <numerusform>%Ln Profile</numerusform>
        </translation>
    </message>
    <message>
        <source>sent.dm: %1</source>
        <translation>sent.dm: %1</translation>
    </message>
    <message>
        <source>Brand and campaigns from</source>
        <translation>Marke und Kampagnen von</translation>
    </message>
    <message>
        <source>Whether a profile uses its own brand and campaigns or the organization's; for the organization's brand and campaigns, how many profiles use them.</source>
        <translation>Ob ein Profil eigene Marke und Kampagnen nutzt oder die der Organisation; bei Marke und Kampagnen der Organisation, wie viele Profile sie nutzen.</translation>
    </message>
    <message>
        <source>Organization's brand</source>
        <translation>Marke der Organisation</translation>
    </message>
    <message>
        <source>Not reported yet</source>
        <translation>Noch nicht gemeldet</translation>
    </message>
    <message numerus="yes">
        <source>Used by %Ln profile(s)</source>
        <translation>
            <numerusform>Von %Ln Profil genutzt</numerusform><numerusform>Von %Ln Profilen genutzt</numerusform></translation>
    </message>
    <message>
        <source>Inherited from the organization: read-only for this profile. It is changed in sent.dm's dashboard, under the organization.</source>
        <translation>Von der Organisation geerbt: für dieses Profil schreibgeschützt. Geändert wird es im Dashboard von sent.dm unter der Organisation.</translation>
    </message>
    <message>
        <source>The organization's brand, as the profiles that inherit it report it. It is changed in sent.dm's dashboard, under the organization.</source>
        <translation>Die Marke der Organisation, wie die erbenden Profile sie melden. Geändert wird sie im Dashboard von sent.dm unter der Organisation.</translation>
    </message>
    <message>
        <source>The organization's campaign, as the profiles that inherit it list it. It is changed in sent.dm's dashboard, under the organization.</source>
        <translation>Die Kampagne der Organisation, wie die erbenden Profile sie auflisten. Geändert wird sie im Dashboard von sent.dm unter der Organisation.</translation>
    </message>
    <message>
        <source>Brand: %1
Campaigns: %2</source>
        <translation>Marke: %1
Kampagnen: %2</translation>
    </message>
</context>
<context>
    <name>cd::OrganizationSession</name>
    <message>
        <source>sent.dm did not accept the key of “%1”: it may have been revoked or replaced. Enter the current key.</source>
        <translation>sent.dm hat den Schlüssel von „%1“ nicht angenommen: Er wurde vielleicht widerrufen oder ersetzt. Geben Sie den aktuellen Schlüssel ein.</translation>
    </message>
    <message>
        <source>sent.dm cannot be reached: %1 It is tried again by itself.</source>
        <translation>sent.dm ist nicht erreichbar: %1 Es wird von selbst erneut versucht.</translation>
    </message>
    <message>
        <source>%1 of %2 profiles were read; trying again goes on from there.</source>
        <translation>%1 von %2 Profilen wurden gelesen; ein erneuter Versuch macht dort weiter.</translation>
    </message>
</context>
<context>
    <name>cd::PlannedItem</name>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Warnings to acknowledge</source>
        <translation>Warnungen zu bestätigen</translation>
    </message>
    <message>
        <source>Errors: left out until fixed</source>
        <translation>Fehler: ausgelassen, bis sie behoben sind</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Ausgelassen</translation>
    </message>
</context>
<context>
    <name>cd::ProfileEditor</name>
    <message>
        <source>its SMS number %1, which goes back to sent.dm's inventory</source>
        <translation>seine SMS-Nummer %1, die in den Bestand von sent.dm zurückgeht</translation>
    </message>
    <message>
        <source>its WhatsApp number %1</source>
        <translation>seine WhatsApp-Nummer %1</translation>
    </message>
    <message>
        <source>its own WhatsApp Business Account (%1), which is deregistered</source>
        <translation>sein eigenes WhatsApp-Business-Konto (%1), das abgemeldet wird</translation>
    </message>
    <message>
        <source>its brand, registered with TCR as %1</source>
        <translation>seine Marke, bei TCR registriert als %1</translation>
    </message>
    <message>
        <source>its brand</source>
        <translation>seine Marke</translation>
    </message>
    <message numerus="yes">
        <source>%n campaign(s), which stop being used</source>
        <translation>
            <numerusform>%n Kampagne, die nicht mehr verwendet wird</numerusform>
            <numerusform>%n Kampagnen, die nicht mehr verwendet werden</numerusform>
        </translation>
    </message>
    <message>
        <source>its routing rules, which stop being used</source>
        <translation>seine Routing-Regeln, die nicht mehr verwendet werden</translation>
    </message>
</context>
<context>
    <name>cd::ProfileImport</name>
    <message>
        <source>Write yes or no.</source>
        <translation>Schreiben Sie yes oder no.</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Profilname</translation>
    </message>
    <message>
        <source>Short name (3–11 letters, digits or spaces)</source>
        <translation>Kurzname (3–11 Buchstaben, Ziffern oder Leerzeichen)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Who pays: profile, organization or profile_and_organization</source>
        <translation>Wer zahlt: profile, organization oder profile_and_organization</translation>
    </message>
    <message>
        <source>Billing contact's name</source>
        <translation>Name des Rechnungskontakts</translation>
    </message>
    <message>
        <source>Billing contact's email</source>
        <translation>E-Mail des Rechnungskontakts</translation>
    </message>
    <message>
        <source>Billing contact's phone (+ and digits)</source>
        <translation>Telefon des Rechnungskontakts (+ und Ziffern)</translation>
    </message>
    <message>
        <source>Uses the organization's brand (yes or no)</source>
        <translation>Verwendet die Marke der Organisation (yes oder no)</translation>
    </message>
    <message>
        <source>Uses the organization's campaigns (yes or no)</source>
        <translation>Verwendet die Kampagnen der Organisation (yes oder no)</translation>
    </message>
    <message>
        <source>Brand contact's name</source>
        <translation>Name des Markenkontakts</translation>
    </message>
    <message>
        <source>Business name the public knows</source>
        <translation>Firmenname, unter dem die Öffentlichkeit sie kennt</translation>
    </message>
    <message>
        <source>Brand contact's email</source>
        <translation>E-Mail des Markenkontakts</translation>
    </message>
    <message>
        <source>Brand contact's phone (+ and digits)</source>
        <translation>Telefon des Markenkontakts (+ und Ziffern)</translation>
    </message>
    <message>
        <source>Brand contact's role</source>
        <translation>Funktion des Markenkontakts</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Rechtlicher Name</translation>
    </message>
    <message>
        <source>Entity type (e.g. PRIVATE_PROFIT)</source>
        <translation>Rechtsform (z. B. PRIVATE_PROFIT)</translation>
    </message>
    <message>
        <source>Tax id (e.g. an EIN)</source>
        <translation>Steuernummer (z. B. eine EIN)</translation>
    </message>
    <message>
        <source>Tax id type (e.g. us_ein)</source>
        <translation>Art der Steuernummer (z. B. us_ein)</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>State or region</source>
        <translation>Bundesstaat oder Region</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>Country (two letters)</source>
        <translation>Land (zwei Buchstaben)</translation>
    </message>
    <message>
        <source>Industry (the registry's vertical)</source>
        <translation>Branche (Vertical des Registers)</translation>
    </message>
    <message>
        <source>Relationship with the brand</source>
        <translation>Beziehung zur Marke</translation>
    </message>
    <message>
        <source>Countries messaged (two letters each, the main one first)</source>
        <translation>Empfängerländer (je zwei Buchstaben, das wichtigste zuerst)</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>The file has a header line but no profiles under it.</source>
        <translation>Die Datei hat eine Kopfzeile, aber keine Profile darunter.</translation>
    </message>
    <message>
        <source>the existing profile “%1”</source>
        <translation>das bestehende Profil „%1“</translation>
    </message>
    <message>
        <source>line %1 of the file</source>
        <translation>Zeile %1 der Datei</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>Line %1 repeats the name or short name of %2.</source>
        <translation>Zeile %1 wiederholt den Namen oder Kurznamen von %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
</context>
<context>
    <name>cd::ProfileListing</name>
    <message>
        <source>sent.dm answered page %1 of the profile list with profiles it had sent before, as if it did not follow page numbers. The list ends with the %2 profiles read; sent.dm says there are %3.</source>
        <translation>sent.dm hat Seite %1 der Profilliste mit schon gesendeten Profilen beantwortet, als beachte es keine Seitenzahlen. Die Liste endet mit den %2 gelesenen Profilen; laut sent.dm sind es %3.</translation>
    </message>
    <message>
        <source>sent.dm sent page %1 of the profile list empty while it said more would follow. The list ends with the %2 profiles read; sent.dm says there are %3.</source>
        <translation>sent.dm hat Seite %1 der Profilliste leer gesendet, obwohl weitere folgen sollten. Die Liste endet mit den %2 gelesenen Profilen; laut sent.dm sind es %3.</translation>
    </message>
    <message numerus="yes">
        <source>The organization's profiles changed while they were read, %n time(s) in a row. Refresh again to be sure none is missing.</source>
        <translation>
            <numerusform>Die Profile der Organisation haben sich beim Lesen geändert, %n-mal hintereinander. Aktualisieren Sie erneut, um sicherzugehen, dass keines fehlt.</numerusform>
            <numerusform>Die Profile der Organisation haben sich beim Lesen geändert, %n-mal hintereinander. Aktualisieren Sie erneut, um sicherzugehen, dass keines fehlt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::ProfileRules</name>
    <message>
        <source>The brand's primary contact needs a name.</source>
        <translation>Der Hauptkontakt der Marke braucht einen Namen.</translation>
    </message>
    <message>
        <source>This is not an email address.</source>
        <translation>Das ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Write the number in international form, e.g. +14155550100.</source>
        <translation>Schreiben Sie die Nummer in internationaler Form, z. B. +14155550100.</translation>
    </message>
    <message>
        <source>A country calling code is 1–3 digits, e.g. 1.</source>
        <translation>Eine Landesvorwahl hat 1–3 Ziffern, z. B. 1.</translation>
    </message>
    <message>
        <source>Choose one of the listed entity types.</source>
        <translation>Wählen Sie eine der aufgeführten Rechtsformen.</translation>
    </message>
    <message>
        <source>Write the website's full address, starting with https://.</source>
        <translation>Schreiben Sie die vollständige Adresse der Website, beginnend mit https://.</translation>
    </message>
    <message>
        <source>Use a two-letter country code, e.g. US.</source>
        <translation>Verwenden Sie einen zweibuchstabigen Ländercode, z. B. US.</translation>
    </message>
    <message>
        <source>Choose how the brand relates to sent.dm.</source>
        <translation>Wählen Sie, in welcher Beziehung die Marke zu sent.dm steht.</translation>
    </message>
    <message>
        <source>Choose one of the listed relationships.</source>
        <translation>Wählen Sie eine der aufgeführten Beziehungen.</translation>
    </message>
    <message>
        <source>Choose the brand's industry.</source>
        <translation>Wählen Sie die Branche der Marke.</translation>
    </message>
    <message>
        <source>Choose one of the listed industries.</source>
        <translation>Wählen Sie eine der aufgeführten Branchen.</translation>
    </message>
    <message>
        <source>Not a two-letter country code: %1.</source>
        <translation>Kein zweibuchstabiger Ländercode: %1.</translation>
    </message>
    <message>
        <source>Only one destination country can be the main one.</source>
        <translation>Nur ein Zielland kann das Hauptland sein.</translation>
    </message>
    <message>
        <source>Mark the main destination country: US 10DLC registration needs one.</source>
        <translation>Markieren Sie das Hauptzielland: Die US-10DLC-Registrierung braucht eines.</translation>
    </message>
    <message>
        <source>A number prefix is + and 1–3 digits, e.g. +1.</source>
        <translation>Ein Nummernpräfix ist + und 1–3 Ziffern, z. B. +1.</translation>
    </message>
    <message>
        <source>The profile needs a name.</source>
        <translation>Das Profil braucht einen Namen.</translation>
    </message>
    <message>
        <source>A short name cannot be removed once set; change it instead.</source>
        <translation>Ein Kurzname kann nicht mehr entfernt werden; ändern Sie ihn stattdessen.</translation>
    </message>
    <message>
        <source>3 to 11 letters, digits or spaces, with at least one letter (e.g. “Mkt 2”).</source>
        <translation>3 bis 11 Buchstaben, Ziffern oder Leerzeichen, mit mindestens einem Buchstaben (z. B. „Mkt 2“).</translation>
    </message>
    <message>
        <source>The icon is the address of an image, starting with https://.</source>
        <translation>Das Symbol ist die Adresse eines Bildes, beginnend mit https://.</translation>
    </message>
    <message>
        <source>Choose who pays for this profile's messages.</source>
        <translation>Wählen Sie, wer die Nachrichten dieses Profils bezahlt.</translation>
    </message>
    <message>
        <source>A profile that pays for its own messages needs a billing contact for its invoices.</source>
        <translation>Ein Profil, das seine Nachrichten selbst bezahlt, braucht einen Rechnungskontakt für seine Rechnungen.</translation>
    </message>
    <message>
        <source>The billing contact needs a name.</source>
        <translation>Der Rechnungskontakt braucht einen Namen.</translation>
    </message>
    <message>
        <source>Invoices are sent to this address: it is needed.</source>
        <translation>An diese Adresse gehen die Rechnungen: Sie wird benötigt.</translation>
    </message>
    <message>
        <source>A profile that uses the organization's brand cannot also have its own.</source>
        <translation>Ein Profil, das die Marke der Organisation verwendet, kann nicht zugleich eine eigene haben.</translation>
    </message>
    <message>
        <source>This brand was submitted to TCR and can no longer be changed.</source>
        <translation>Diese Marke wurde bei TCR eingereicht und kann nicht mehr geändert werden.</translation>
    </message>
    <message>
        <source>Say which kind of tax id this is, e.g. us_ein.</source>
        <translation>Geben Sie die Art der Steuernummer an, z. B. us_ein.</translation>
    </message>
    <message>
        <source>A US EIN is nine digits, written 12-3456789.</source>
        <translation>Eine US-EIN hat neun Ziffern, geschrieben 12-3456789.</translation>
    </message>
    <message>
        <source>A Canadian business number is nine digits, e.g. 123456789 or 123456789RT0001.</source>
        <translation>Eine kanadische Business Number hat neun Ziffern, z. B. 123456789 oder 123456789RT0001.</translation>
    </message>
</context>
<context>
    <name>cd::ReportExport</name>
    <message>
        <source>compliance-report-%1%2.pdf</source>
        <translation>compliance-bericht-%1%2.pdf</translation>
    </message>
    <message>
        <source>The report was not exported: cancelled.</source>
        <translation>Der Bericht wurde nicht exportiert: abgebrochen.</translation>
    </message>
    <message>
        <source>Gathering the organization from this computer's copy…</source>
        <translation>Die Organisation wird aus der Kopie dieses Computers zusammengestellt …</translation>
    </message>
    <message>
        <source>The connection was closed before the report was written.</source>
        <translation>Die Verbindung wurde geschlossen, bevor der Bericht geschrieben war.</translation>
    </message>
    <message>
        <source>There is no profile or campaign %1 in this organization.</source>
        <translation>In dieser Organisation gibt es kein Profil und keine Kampagne %1.</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Der Bericht wird geschrieben …</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 wird geschrieben …</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>standard output</source>
        <translation>Standardausgabe</translation>
    </message>
</context>
<context>
    <name>cd::SentClient</name>
    <message>
        <source>“data” is not what %1 returns</source>
        <translation>„data“ entspricht nicht dem, was %1 liefert</translation>
    </message>
</context>
<context>
    <name>cd::SessionManager</name>
    <message>
        <source>Demo sandbox</source>
        <translation>Demo-Sandbox</translation>
    </message>
    <message>
        <source>The demo could not be started again.</source>
        <translation>Die Demo konnte nicht neu gestartet werden.</translation>
    </message>
</context>
<context>
    <name>cd::Status</name>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>In Prüfung</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Not sent to TCR</source>
        <translation>Nicht an TCR gesendet</translation>
    </message>
</context>
<context>
    <name>cd::lint</name>
    <message>
        <source>%1 is a public link shortener; carriers block messages that use one.</source>
        <translation>%1 ist ein öffentlicher Linkkürzer; Mobilfunkanbieter blockieren Nachrichten, die einen verwenden.</translation>
    </message>
    <message>
        <source>No sample names the brand (%1), so a reviewer cannot tell who sends them.</source>
        <translation>Kein Beispiel nennt die Marke (%1); Prüfer können so nicht erkennen, wer die Nachrichten sendet.</translation>
    </message>
    <message>
        <source>No sample tells the subscriber how to opt out (e.g. “Reply STOP to opt out”).</source>
        <translation>Kein Beispiel sagt den Empfängern, wie sie sich abmelden (z. B. „Reply STOP to opt out“).</translation>
    </message>
    <message>
        <source>“%1” reads as an offer, but the use case is %2.</source>
        <translation>„%1“ liest sich wie ein Angebot, der Anwendungsfall ist aber %2.</translation>
    </message>
    <message>
        <source>This sample contains a link; the description does not say messages carry links.</source>
        <translation>Dieses Beispiel enthält einen Link; die Beschreibung sagt nicht, dass Nachrichten Links enthalten.</translation>
    </message>
    <message>
        <source>This sample contains a phone number; the description does not say so.</source>
        <translation>Dieses Beispiel enthält eine Telefonnummer; die Beschreibung erwähnt das nicht.</translation>
    </message>
    <message>
        <source>Samples use both {name} and [name] placeholders.</source>
        <translation>Die Beispiele verwenden sowohl {name}- als auch [name]-Platzhalter.</translation>
    </message>
    <message>
        <source>“%1” belongs to restricted content (SHAFT-C or high-risk finance).</source>
        <translation>„%1“ gehört zu eingeschränkten Inhalten (SHAFT-C oder Hochrisiko-Finanzen).</translation>
    </message>
    <message>
        <source>The flow does not say how consent is collected (web form, keyword, paper, verbal…).</source>
        <translation>Der Ablauf sagt nicht, wie die Einwilligung eingeholt wird (Webformular, Stichwort, Papier, mündlich …).</translation>
    </message>
    <message>
        <source>The flow does not name the brand or the program.</source>
        <translation>Der Ablauf nennt weder die Marke noch das Programm.</translation>
    </message>
    <message>
        <source>The flow does not state the message frequency.</source>
        <translation>Der Ablauf nennt die Nachrichtenhäufigkeit nicht.</translation>
    </message>
    <message>
        <source>The flow does not say “Msg &amp; data rates may apply”.</source>
        <translation>Der Ablauf enthält nicht „Msg &amp; data rates may apply“.</translation>
    </message>
    <message>
        <source>The flow does not mention STOP.</source>
        <translation>Der Ablauf erwähnt STOP nicht.</translation>
    </message>
    <message>
        <source>The flow does not mention HELP.</source>
        <translation>Der Ablauf erwähnt HELP nicht.</translation>
    </message>
    <message>
        <source>The flow does not point to the terms and conditions.</source>
        <translation>Der Ablauf verweist nicht auf die Geschäftsbedingungen.</translation>
    </message>
    <message>
        <source>The flow does not point to the privacy policy.</source>
        <translation>Der Ablauf verweist nicht auf die Datenschutzerklärung.</translation>
    </message>
    <message>
        <source>Missing: %1.</source>
        <translation>Es fehlt: %1.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>the brand's name</source>
        <translation>der Name der Marke</translation>
    </message>
    <message>
        <source>the message frequency</source>
        <translation>die Nachrichtenhäufigkeit</translation>
    </message>
    <message>
        <source>“Msg &amp; data rates may apply”</source>
        <translation>„Msg &amp; data rates may apply“</translation>
    </message>
    <message>
        <source>HELP</source>
        <translation>HELP</translation>
    </message>
    <message>
        <source>STOP</source>
        <translation>STOP</translation>
    </message>
    <message>
        <source>a confirmation that no further messages will be sent</source>
        <translation>eine Bestätigung, dass keine weiteren Nachrichten gesendet werden</translation>
    </message>
    <message>
        <source>a support contact (e-mail, phone or web address)</source>
        <translation>ein Support-Kontakt (E-Mail, Telefon oder Webadresse)</translation>
    </message>
    <message>
        <source>who sends (the brand)</source>
        <translation>wer sendet (die Marke)</translation>
    </message>
    <message>
        <source>who receives the messages (customers, patients, members…)</source>
        <translation>wer die Nachrichten erhält (Kunden, Patienten, Mitglieder …)</translation>
    </message>
    <message>
        <source>The description does not say %1.</source>
        <translation>Die Beschreibung sagt nicht, %1.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>This text does not look like English.</source>
        <translation>Dieser Text sieht nicht nach Englisch aus.</translation>
    </message>
    <message>
        <source>This text contains what looks like a Social Security number.</source>
        <translation>Dieser Text enthält etwas, das wie eine Sozialversicherungsnummer aussieht.</translation>
    </message>
    <message>
        <source>This text contains what looks like a payment card number.</source>
        <translation>Dieser Text enthält etwas, das wie eine Kartennummer aussieht.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>The campaign has no name.</source>
        <translation>Die Kampagne hat keinen Namen.</translation>
    </message>
    <message>
        <source>The campaign has no description.</source>
        <translation>Die Kampagne hat keine Beschreibung.</translation>
    </message>
    <message>
        <source>The campaign has no type (e.g. App).</source>
        <translation>Die Kampagne hat keinen Typ (z. B. App).</translation>
    </message>
    <message>
        <source>The description has %1 characters; the registry accepts %2 to %3.</source>
        <translation>Die Beschreibung hat %1 Zeichen; die Registry akzeptiert %2 bis %3.</translation>
    </message>
    <message>
        <source>The campaign has no use case.</source>
        <translation>Die Kampagne hat keinen Anwendungsfall.</translation>
    </message>
    <message>
        <source>Use case %1 has no type.</source>
        <translation>Anwendungsfall %1 hat keinen Typ.</translation>
    </message>
    <message>
        <source>“%1” is not one of the registry's use cases.</source>
        <translation>„%1“ ist keiner der Anwendungsfälle der Registry.</translation>
    </message>
    <message>
        <source>%1 appears more than once.</source>
        <translation>%1 kommt mehr als einmal vor.</translation>
    </message>
    <message numerus="yes">
        <source>Use case %1 has %n sample(s); it needs 1 to 5.</source>
        <translation>
            <numerusform>Anwendungsfall %1 hat %n Beispiel; nötig sind 1 bis 5.</numerusform>
            <numerusform>Anwendungsfall %1 hat %n Beispiele; nötig sind 1 bis 5.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 use cases need at least two samples; this one has one.</source>
        <translation>Anwendungsfälle vom Typ %1 brauchen mindestens zwei Beispiele; dieser hat eines.</translation>
    </message>
    <message>
        <source>Sample %1 of use case %2 has %3 characters; it needs %4 to %5.</source>
        <translation>Beispiel %1 von Anwendungsfall %2 hat %3 Zeichen; nötig sind %4 bis %5.</translation>
    </message>
    <message>
        <source>This sample says the same as an earlier one.</source>
        <translation>Dieses Beispiel sagt dasselbe wie ein früheres.</translation>
    </message>
    <message>
        <source>The message flow (how people opt in) is missing.</source>
        <translation>Der Nachrichtenablauf (wie man sich anmeldet) fehlt.</translation>
    </message>
    <message>
        <source>The message flow has %1 characters; it needs %2 to %3.</source>
        <translation>Der Nachrichtenablauf hat %1 Zeichen; nötig sind %2 bis %3.</translation>
    </message>
    <message>
        <source>The opt-in message has %1 characters; it needs %2 to %3.</source>
        <translation>Die Anmeldenachricht hat %1 Zeichen; nötig sind %2 bis %3.</translation>
    </message>
    <message>
        <source>The opt-out message (the reply to STOP) is missing.</source>
        <translation>Die Abmeldenachricht (die Antwort auf STOP) fehlt.</translation>
    </message>
    <message>
        <source>The opt-out message has %1 characters; it needs %2 to %3.</source>
        <translation>Die Abmeldenachricht hat %1 Zeichen; nötig sind %2 bis %3.</translation>
    </message>
    <message>
        <source>The help message (the reply to HELP) is missing.</source>
        <translation>Die Hilfenachricht (die Antwort auf HELP) fehlt.</translation>
    </message>
    <message>
        <source>The help message has %1 characters; it needs %2 to %3.</source>
        <translation>Die Hilfenachricht hat %1 Zeichen; nötig sind %2 bis %3.</translation>
    </message>
    <message>
        <source>The list has %1 characters; at most %2 fit.</source>
        <translation>Die Liste hat %1 Zeichen; höchstens %2 passen.</translation>
    </message>
    <message>
        <source>The list has an empty item (two commas in a row, or one at an end).</source>
        <translation>Die Liste hat einen leeren Eintrag (zwei Kommas hintereinander oder eines am Ende).</translation>
    </message>
    <message>
        <source>“%1” is not a single word of letters and digits.</source>
        <translation>„%1“ ist kein einzelnes Wort aus Buchstaben und Ziffern.</translation>
    </message>
    <message>
        <source>“%1” is listed twice.</source>
        <translation>„%1“ steht zweimal in der Liste.</translation>
    </message>
    <message>
        <source>%1 is not among the keywords.</source>
        <translation>%1 ist nicht unter den Stichwörtern.</translation>
    </message>
    <message>
        <source>The address has %1 characters; at most %2 are accepted.</source>
        <translation>Die Adresse hat %1 Zeichen; höchstens %2 werden akzeptiert.</translation>
    </message>
    <message>
        <source>“%1” is not a complete https:// address.</source>
        <translation>„%1“ ist keine vollständige https://-Adresse.</translation>
    </message>
    <message>
        <source>There is no link to a privacy policy.</source>
        <translation>Es gibt keinen Link zu einer Datenschutzerklärung.</translation>
    </message>
    <message>
        <source>The volume must be a whole number written as text, e.g. "5000".</source>
        <translation>Das Volumen muss eine ganze Zahl als Text sein, z. B. "5000".</translation>
    </message>
    <message>
        <source>%1 messages a month is below %2: the campaign is billed in the low-volume tier.</source>
        <translation>%1 Nachrichten im Monat liegen unter %2: Die Kampagne wird in der Stufe für geringes Volumen abgerechnet.</translation>
    </message>
    <message>
        <source>The profile has no brand, own or inherited, so it cannot have campaigns.</source>
        <translation>Das Profil hat keine Marke, weder eigene noch geerbte, und kann daher keine Kampagnen haben.</translation>
    </message>
    <message>
        <source>The profile uses the organization's campaigns, which are read-only here.</source>
        <translation>Das Profil verwendet die Kampagnen der Organisation, die hier schreibgeschützt sind.</translation>
    </message>
    <message>
        <source>This campaign was submitted to TCR and can no longer be changed.</source>
        <translation>Diese Kampagne wurde bei TCR eingereicht und kann nicht mehr geändert werden.</translation>
    </message>
    <message>
        <source>The one-time submission fee has already been charged for this campaign.</source>
        <translation>Die einmalige Einreichungsgebühr wurde für diese Kampagne bereits berechnet.</translation>
    </message>
    <message>
        <source>Submitting is billed: %1 (as reported by sent.dm).</source>
        <translation>Das Einreichen ist kostenpflichtig: %1 (laut sent.dm).</translation>
    </message>
    <message>
        <source>Creating or resubmitting a campaign may be billed by sent.dm.</source>
        <translation>Das Anlegen oder erneute Einreichen einer Kampagne kann von sent.dm berechnet werden.</translation>
    </message>
    <message>
        <source>Required field is empty</source>
        <translation>Pflichtfeld ist leer</translation>
    </message>
    <message>
        <source>Fill in the campaign's name, description and type.</source>
        <translation>Füllen Sie Name, Beschreibung und Typ der Kampagne aus.</translation>
    </message>
    <message>
        <source>Description length</source>
        <translation>Länge der Beschreibung</translation>
    </message>
    <message>
        <source>Describe in 40 to 4,096 characters who sends the messages, to whom, and why.</source>
        <translation>Beschreiben Sie in 40 bis 4.096 Zeichen, wer die Nachrichten sendet, an wen und warum.</translation>
    </message>
    <message>
        <source>Use case</source>
        <translation>Anwendungsfall</translation>
    </message>
    <message>
        <source>Add at least one use case and choose its type from the registry's list.</source>
        <translation>Fügen Sie mindestens einen Anwendungsfall hinzu und wählen Sie seinen Typ aus der Liste der Registry.</translation>
    </message>
    <message>
        <source>Use case repeated</source>
        <translation>Anwendungsfall wiederholt</translation>
    </message>
    <message>
        <source>Put all samples of one use case under a single entry.</source>
        <translation>Fassen Sie alle Beispiele eines Anwendungsfalls in einem Eintrag zusammen.</translation>
    </message>
    <message>
        <source>Number of samples</source>
        <translation>Anzahl der Beispiele</translation>
    </message>
    <message>
        <source>Give each use case between 1 and 5 sample messages.</source>
        <translation>Geben Sie jedem Anwendungsfall 1 bis 5 Beispielnachrichten.</translation>
    </message>
    <message>
        <source>Sample length</source>
        <translation>Länge des Beispiels</translation>
    </message>
    <message>
        <source>Write each sample as the full message a subscriber receives: 20 to 1,024 characters.</source>
        <translation>Schreiben Sie jedes Beispiel als vollständige Nachricht, wie Empfänger sie erhalten: 20 bis 1.024 Zeichen.</translation>
    </message>
    <message>
        <source>Two samples needed</source>
        <translation>Zwei Beispiele nötig</translation>
    </message>
    <message>
        <source>Marketing, mixed and low-volume use cases need at least two different samples.</source>
        <translation>Anwendungsfälle für Marketing, gemischte Inhalte und geringes Volumen brauchen mindestens zwei verschiedene Beispiele.</translation>
    </message>
    <message>
        <source>Samples alike</source>
        <translation>Beispiele gleichen sich</translation>
    </message>
    <message>
        <source>Make every sample show a different message the program sends.</source>
        <translation>Lassen Sie jedes Beispiel eine andere Nachricht des Programms zeigen.</translation>
    </message>
    <message>
        <source>Message flow</source>
        <translation>Nachrichtenablauf</translation>
    </message>
    <message>
        <source>Explain in 40 to 2,048 characters how people opt in, step by step.</source>
        <translation>Erklären Sie in 40 bis 2.048 Zeichen Schritt für Schritt, wie man sich anmeldet.</translation>
    </message>
    <message>
        <source>Opt-in message length</source>
        <translation>Länge der Anmeldenachricht</translation>
    </message>
    <message>
        <source>Leave the opt-in message empty or write 20 to 1,024 characters.</source>
        <translation>Lassen Sie die Anmeldenachricht leer oder schreiben Sie 20 bis 1.024 Zeichen.</translation>
    </message>
    <message>
        <source>Opt-out and help messages</source>
        <translation>Abmelde- und Hilfenachricht</translation>
    </message>
    <message>
        <source>Give the reply sent on STOP and the one sent on HELP (20 to 1,024 characters each).</source>
        <translation>Geben Sie die Antwort auf STOP und die auf HELP an (je 20 bis 1.024 Zeichen).</translation>
    </message>
    <message>
        <source>Keyword list</source>
        <translation>Stichwortliste</translation>
    </message>
    <message>
        <source>List single words separated by commas, each once, at most 255 characters in all.</source>
        <translation>Führen Sie einzelne Wörter durch Kommas getrennt auf, jedes einmal, insgesamt höchstens 255 Zeichen.</translation>
    </message>
    <message>
        <source>STOP keyword</source>
        <translation>Stichwort STOP</translation>
    </message>
    <message>
        <source>Include STOP among the opt-out keywords.</source>
        <translation>Nehmen Sie STOP in die Abmeldestichwörter auf.</translation>
    </message>
    <message>
        <source>HELP keyword</source>
        <translation>Stichwort HELP</translation>
    </message>
    <message>
        <source>Include HELP among the help keywords.</source>
        <translation>Nehmen Sie HELP in die Hilfestichwörter auf.</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Use a complete https:// address of a public page, at most 2,048 characters.</source>
        <translation>Verwenden Sie eine vollständige https://-Adresse einer öffentlichen Seite, höchstens 2.048 Zeichen.</translation>
    </message>
    <message>
        <source>Privacy policy missing</source>
        <translation>Datenschutzerklärung fehlt</translation>
    </message>
    <message>
        <source>Link the brand's privacy policy; reviewers check that it covers text messaging.</source>
        <translation>Verlinken Sie die Datenschutzerklärung der Marke; Prüfer kontrollieren, dass sie Textnachrichten abdeckt.</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>Give the expected messages per month as a whole number, e.g. 5000.</source>
        <translation>Geben Sie die erwarteten Nachrichten pro Monat als ganze Zahl an, z. B. 5000.</translation>
    </message>
    <message>
        <source>Low-volume tier</source>
        <translation>Stufe für geringes Volumen</translation>
    </message>
    <message>
        <source>Below 2,000 messages a month the campaign is billed in the low-volume tier.</source>
        <translation>Unter 2.000 Nachrichten im Monat wird die Kampagne in der Stufe für geringes Volumen abgerechnet.</translation>
    </message>
    <message>
        <source>Public link shortener</source>
        <translation>Öffentlicher Linkkürzer</translation>
    </message>
    <message>
        <source>Carriers block public shorteners: use a link on the brand's own domain.</source>
        <translation>Mobilfunkanbieter blockieren öffentliche Linkkürzer: Verwenden Sie einen Link auf der eigenen Domain der Marke.</translation>
    </message>
    <message>
        <source>Brand not named</source>
        <translation>Marke nicht genannt</translation>
    </message>
    <message>
        <source>Start at least one sample with the brand's name, e.g. “Acme: your order…”.</source>
        <translation>Beginnen Sie mindestens ein Beispiel mit dem Namen der Marke, z. B. „Acme: your order …“.</translation>
    </message>
    <message>
        <source>No opt-out in samples</source>
        <translation>Keine Abmeldung in den Beispielen</translation>
    </message>
    <message>
        <source>End at least one sample with “Reply STOP to opt out.”</source>
        <translation>Beenden Sie mindestens ein Beispiel mit „Reply STOP to opt out.“</translation>
    </message>
    <message>
        <source>Promotional wording</source>
        <translation>Werbliche Formulierung</translation>
    </message>
    <message>
        <source>Remove the offer, or register the promotional messages under a MARKETING use case.</source>
        <translation>Entfernen Sie das Angebot oder registrieren Sie die Werbenachrichten unter einem MARKETING-Anwendungsfall.</translation>
    </message>
    <message>
        <source>Restricted content</source>
        <translation>Eingeschränkte Inhalte</translation>
    </message>
    <message>
        <source>Sex, hate, alcohol, firearms, tobacco, cannabis, debt and gambling content is refused or needs special vetting: check that the campaign really needs it.</source>
        <translation>Inhalte zu Sex, Hass, Alkohol, Schusswaffen, Tabak, Cannabis, Schulden und Glücksspiel werden abgelehnt oder brauchen eine besondere Prüfung: Prüfen Sie, ob die Kampagne sie wirklich braucht.</translation>
    </message>
    <message>
        <source>Message flow incomplete</source>
        <translation>Nachrichtenablauf unvollständig</translation>
    </message>
    <message>
        <source>Say how consent is collected and what the person sees there: the program, message frequency, “Msg &amp; data rates may apply”, STOP and HELP, and the terms and privacy links.</source>
        <translation>Sagen Sie, wie die Einwilligung eingeholt wird und was die Person dort sieht: das Programm, die Nachrichtenhäufigkeit, „Msg &amp; data rates may apply“, STOP und HELP sowie die Links zu Geschäftsbedingungen und Datenschutz.</translation>
    </message>
    <message>
        <source>Opt-in message incomplete</source>
        <translation>Anmeldenachricht unvollständig</translation>
    </message>
    <message>
        <source>e.g. “Acme: you're subscribed to order updates. Msg frequency varies. Msg &amp; data rates may apply. Reply HELP for help, STOP to opt out.”</source>
        <translation>z. B. „Acme: you're subscribed to order updates. Msg frequency varies. Msg &amp; data rates may apply. Reply HELP for help, STOP to opt out.“</translation>
    </message>
    <message>
        <source>Opt-out message incomplete</source>
        <translation>Abmeldenachricht unvollständig</translation>
    </message>
    <message>
        <source>e.g. “Acme: you're unsubscribed and will receive no further messages.”</source>
        <translation>z. B. „Acme: you're unsubscribed and will receive no further messages.“</translation>
    </message>
    <message>
        <source>Help message incomplete</source>
        <translation>Hilfenachricht unvollständig</translation>
    </message>
    <message>
        <source>e.g. “Acme: for help e-mail support@acme.example or call 1-800-555-0100. Reply STOP to opt out.”</source>
        <translation>z. B. „Acme: for help e-mail support@acme.example or call 1-800-555-0100. Reply STOP to opt out.“</translation>
    </message>
    <message>
        <source>Not in English</source>
        <translation>Nicht auf Englisch</translation>
    </message>
    <message>
        <source>Registry reviewers read English: write the campaign's texts in English.</source>
        <translation>Die Prüfer der Registry lesen Englisch: Schreiben Sie die Texte der Kampagne auf Englisch.</translation>
    </message>
    <message>
        <source>Embedded link or number</source>
        <translation>Eingebetteter Link oder Nummer</translation>
    </message>
    <message>
        <source>Say in the description that messages contain links or phone numbers.</source>
        <translation>Sagen Sie in der Beschreibung, dass Nachrichten Links oder Telefonnummern enthalten.</translation>
    </message>
    <message>
        <source>Placeholder style</source>
        <translation>Platzhalterschreibweise</translation>
    </message>
    <message>
        <source>Write placeholders one way throughout, e.g. {name}.</source>
        <translation>Schreiben Sie Platzhalter durchgehend gleich, z. B. {name}.</translation>
    </message>
    <message>
        <source>Description vague</source>
        <translation>Beschreibung zu vage</translation>
    </message>
    <message>
        <source>Name the brand and the recipients, e.g. “Acme sends its customers order and delivery updates.”</source>
        <translation>Nennen Sie die Marke und die Empfänger, z. B. „Acme sends its customers order and delivery updates.“</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Personenbezogene Daten</translation>
    </message>
    <message>
        <source>Replace real numbers with placeholders such as {account_number}.</source>
        <translation>Ersetzen Sie echte Nummern durch Platzhalter wie {account_number}.</translation>
    </message>
    <message>
        <source>No brand</source>
        <translation>Keine Marke</translation>
    </message>
    <message>
        <source>Give the profile a brand (its own, or inherit the organization's) first.</source>
        <translation>Geben Sie dem Profil zuerst eine Marke (eine eigene oder die geerbte der Organisation).</translation>
    </message>
    <message>
        <source>Inherited campaigns</source>
        <translation>Geerbte Kampagnen</translation>
    </message>
    <message>
        <source>Turn off “inherit campaigns” on the profile to give it campaigns of its own.</source>
        <translation>Schalten Sie am Profil „Kampagnen erben“ aus, um ihm eigene Kampagnen zu geben.</translation>
    </message>
    <message>
        <source>Already submitted</source>
        <translation>Bereits eingereicht</translation>
    </message>
    <message>
        <source>A campaign submitted to TCR cannot change: create a new campaign instead.</source>
        <translation>Eine bei TCR eingereichte Kampagne kann sich nicht mehr ändern: Legen Sie stattdessen eine neue Kampagne an.</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Abrechnung</translation>
    </message>
    <message>
        <source>Check the cost before submitting.</source>
        <translation>Prüfen Sie die Kosten vor dem Einreichen.</translation>
    </message>
    <message>
        <source>Use case %1, samples</source>
        <translation>Anwendungsfall %1, Beispiele</translation>
    </message>
    <message>
        <source>Use case %1, sample %2</source>
        <translation>Anwendungsfall %1, Beispiel %2</translation>
    </message>
    <message>
        <source>Use case %1, type</source>
        <translation>Anwendungsfall %1, Art</translation>
    </message>
    <message>
        <source>Use case %1</source>
        <translation>Anwendungsfall %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Expected volume</source>
        <translation>Erwartetes Volumen</translation>
    </message>
    <message>
        <source>Use cases</source>
        <translation>Anwendungsfälle</translation>
    </message>
    <message>
        <source>Opt-in message</source>
        <translation>Anmeldebestätigung</translation>
    </message>
    <message>
        <source>Opt-in keywords</source>
        <translation>Anmelde-Schlüsselwörter</translation>
    </message>
    <message>
        <source>Opt-out message</source>
        <translation>Abmeldebestätigung</translation>
    </message>
    <message>
        <source>Opt-out keywords</source>
        <translation>Abmelde-Schlüsselwörter</translation>
    </message>
    <message>
        <source>Help message</source>
        <translation>Hilfenachricht</translation>
    </message>
    <message>
        <source>Help keywords</source>
        <translation>Hilfe-Schlüsselwörter</translation>
    </message>
    <message>
        <source>Privacy policy</source>
        <translation>Datenschutzerklärung</translation>
    </message>
    <message>
        <source>Terms and conditions</source>
        <translation>Geschäftsbedingungen</translation>
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
    <name>cd::ui::AboutDialog</name>
    <message>
        <source>About %1</source>
        <translation>Über %1</translation>
    </message>
    <message>
        <source>Version %1 · %2 · Qt %3</source>
        <translation>Version %1 · %2 · Qt %3</translation>
    </message>
    <message>
        <source>Keeps sent.dm senders, brands and 10DLC campaigns compliant.</source>
        <translation>Hält Absender, Marken und 10DLC-Kampagnen bei sent.dm regelkonform.</translation>
    </message>
    <message>
        <source>What sent.dm has announced about its API</source>
        <translation>Was sent.dm zu seiner API angekündigt hat</translation>
    </message>
    <message>
        <source>Nothing: no endpoint used in this session is marked deprecated.</source>
        <translation>Nichts: Kein in dieser Sitzung verwendeter Endpunkt ist als veraltet gekennzeichnet.</translation>
    </message>
    <message>
        <source>About Compliance Desk</source>
        <translation>Über Compliance Desk</translation>
    </message>
    <message>
        <source>Speaks the sent.dm API %1 (sender profiles, brands and campaigns).</source>
        <translation>Spricht die sent.dm-API %1 (Absenderprofile, Marken und Kampagnen).</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License (%1): you may use, study, share and change it; it comes with no warranty.</source>
        <translation>Freie Software unter der GNU General Public License (%1): Sie dürfen sie nutzen, untersuchen, weitergeben und ändern; sie kommt ohne jede Gewährleistung.</translation>
    </message>
</context>
<context>
    <name>cd::ui::BasicsPage</name>
    <message>
        <source>The campaign</source>
        <translation>Die Kampagne</translation>
    </message>
    <message>
        <source>What the program is, for the registry's reviewers.</source>
        <translation>Worum es in dem Programm geht, für die Prüfer der Registry.</translation>
    </message>
    <message>
        <source>e.g. Appointment reminders</source>
        <translation>z. B. Terminerinnerungen</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Who sends the messages, to whom, and why, e.g. “%1 sends its customers appointment reminders.”</source>
        <translation>Wer die Nachrichten sendet, an wen und warum, z. B. „%1 sends its customers appointment reminders.“</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>Expected &amp;volume:</source>
        <translation>Erwartetes &amp;Volumen:</translation>
    </message>
    <message>
        <source>Messages per month, e.g. 5000</source>
        <translation>Nachrichten pro Monat, z. B. 5000</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>N&amp;ame:</translation>
    </message>
    <message>
        <source>App: messages sent by software on the brand's behalf, the usual choice. KYC: a campaign registered through a know-your-customer form. sent.dm records the type but does not act on it.</source>
        <translation>App: Nachrichten, die Software im Namen der Marke sendet, die übliche Wahl. KYC: eine über ein Know-your-Customer-Formular registrierte Kampagne. sent.dm speichert den Typ, richtet sich aber nicht danach.</translation>
    </message>
</context>
<context>
    <name>cd::ui::BrandForm</name>
    <message>
        <source>About this brand</source>
        <translation>Über diese Marke</translation>
    </message>
    <message>
        <source>Give the profile a brand of its &amp;own</source>
        <translation>Dem Profil eine &amp;eigene Marke geben</translation>
    </message>
    <message>
        <source>Stop using the organization's brand; the form below becomes this profile's own brand.</source>
        <translation>Die Marke der Organisation nicht mehr verwenden; das Formular unten wird zur eigenen Marke dieses Profils.</translation>
    </message>
    <message>
        <source>Primary contact</source>
        <translation>Hauptkontakt</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Who TCR and carriers can reach</source>
        <translation>Wen TCR und die Netzbetreiber erreichen können</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>+14155550100</source>
        <translation>+14155550100</translation>
    </message>
    <message>
        <source>1</source>
        <translation>1</translation>
    </message>
    <message>
        <source>e.g. Compliance manager</source>
        <translation>z. B. Compliance-Manager</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>&amp;Legal name:</source>
        <translation>&amp;Rechtlicher Name:</translation>
    </message>
    <message>
        <source>As registered with the tax authority</source>
        <translation>Wie bei der Steuerbehörde eingetragen</translation>
    </message>
    <message>
        <source>Entity &amp;type:</source>
        <translation>Rechts&amp;form:</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Keine Angabe</translation>
    </message>
    <message>
        <source>Ta&amp;x ID:</source>
        <translation>Steuer-&amp;ID:</translation>
    </message>
    <message>
        <source>e.g. 12-3456789</source>
        <translation>z. B. 12-3456789</translation>
    </message>
    <message>
        <source>US EIN</source>
        <translation>US-EIN</translation>
    </message>
    <message>
        <source>Canadian business number</source>
        <translation>Kanadische Unternehmensnummer</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>&amp;Website:</translation>
    </message>
    <message>
        <source>https://example.com</source>
        <translation>https://example.com</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <source>State or re&amp;gion:</source>
        <translation>Bundesland oder Re&amp;gion:</translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <source>US</source>
        <translation>US</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Compliance</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen …</translation>
    </message>
    <message>
        <source>&amp;Vertical:</source>
        <translation>&amp;Branche:</translation>
    </message>
    <message>
        <source>&amp;Destination countries:</source>
        <translation>&amp;Zielländer:</translation>
    </message>
    <message>
        <source>Two-letter codes, e.g. US, CA</source>
        <translation>Zweibuchstabige Codes, z. B. US, CA</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keines</translation>
    </message>
    <message>
        <source>+1</source>
        <translation>+1</translation>
    </message>
    <message>
        <source>This profile uses the organization's brand, shown here as it is; only the organization can change it.</source>
        <translation>Dieses Profil verwendet die Marke der Organisation, hier so gezeigt, wie sie ist; nur die Organisation kann sie ändern.</translation>
    </message>
    <message>
        <source>This profile uses the organization's brand; only the organization can change it.</source>
        <translation>Dieses Profil verwendet die Marke der Organisation; nur die Organisation kann sie ändern.</translation>
    </message>
    <message>
        <source>This brand was submitted to The Campaign Registry</source>
        <translation>Diese Marke wurde bei The Campaign Registry eingereicht</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>am %1</translation>
    </message>
    <message>
        <source>(TCR brand %1)</source>
        <translation>(TCR-Marke %1)</translation>
    </message>
    <message>
        <source>A submitted brand can no longer be changed, so it is shown read-only. To correct it, contact sent.dm support with the TCR brand ID.</source>
        <translation>Eine eingereichte Marke kann nicht mehr geändert werden und wird daher schreibgeschützt gezeigt. Für eine Korrektur wenden Sie sich mit der TCR-Marken-ID an den Support von sent.dm.</translation>
    </message>
    <message>
        <source>The profile's own brand.</source>
        <translation>Die eigene Marke des Profils.</translation>
    </message>
    <message>
        <source>The profile has no brand yet. Fill in at least the contact's name, the relationship and the vertical to create one, or use the organization's brand (Profile tab).</source>
        <translation>Das Profil hat noch keine Marke. Füllen Sie mindestens den Namen des Kontakts, die Beziehung und die Branche aus, um eine anzulegen, oder verwenden Sie die Marke der Organisation (Reiter Profil).</translation>
    </message>
    <message>
        <source>Business na&amp;me:</source>
        <translation>Firmenna&amp;me:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>Tele&amp;fon:</translation>
    </message>
    <message>
        <source>Calling code:</source>
        <translation>Ländervorwahl:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Funktion:</translation>
    </message>
    <message>
        <source>Tax ID type:</source>
        <translation>Art der Steuernummer:</translation>
    </message>
    <message>
        <source>Street:</source>
        <translation>Straße:</translation>
    </message>
    <message>
        <source>Postal code:</source>
        <translation>Postleitzahl:</translation>
    </message>
    <message>
        <source>Country of registration:</source>
        <translation>Land der Registrierung:</translation>
    </message>
    <message>
        <source>Rel&amp;ationship:</source>
        <translation>Bezie&amp;hung:</translation>
    </message>
    <message>
        <source>Main countr&amp;y:</source>
        <translation>Haupt&amp;land:</translation>
    </message>
    <message>
        <source>&amp;Register with The Campaign Registry (US 10DLC TCR application)</source>
        <translation>Bei The Campaign Registry &amp;registrieren (US-10DLC-TCR-Antrag)</translation>
    </message>
    <message>
        <source>Number prefix:</source>
        <translation>Nummernpräfix:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notizen:</translation>
    </message>
    <message>
        <source>How well the messaging provider knows this business. The registry uses it to decide how much it checks the brand: choose Basic account for a new customer.</source>
        <translation>Wie gut der Messaging-Anbieter dieses Unternehmen kennt. Das Register entscheidet danach, wie gründlich es die Marke prüft: Für einen neuen Kunden wählen Sie „Basiskonto“.</translation>
    </message>
    <message>
        <source>Registers the brand with The Campaign Registry, which US carriers require for 10DLC messaging. A registered brand needs at least one campaign, and can no longer be changed once submitted.</source>
        <translation>Registriert die Marke bei The Campaign Registry, was US-Netzbetreiber für 10DLC-Nachrichten verlangen. Eine registrierte Marke braucht mindestens eine Kampagne und kann nach dem Einreichen nicht mehr geändert werden.</translation>
    </message>
</context>
<context>
    <name>cd::ui::BulkActions</name>
    <message>
        <source>&amp;Apply a campaign to the selected profiles…</source>
        <translation>Kampagne auf die gewählten Profile &amp;anwenden…</translation>
    </message>
    <message>
        <source>Create the same campaign (from a JSON file, with placeholders filled per profile) for every profile selected, after a preview.</source>
        <translation>Dieselbe Kampagne (aus einer JSON-Datei, Platzhalter je Profil ausgefüllt) für jedes gewählte Profil anlegen, nach einer Vorschau.</translation>
    </message>
    <message>
        <source>&amp;Complete setup for the selected profiles…</source>
        <translation>Einrichtung der gewählten Profile a&amp;bschließen…</translation>
    </message>
    <message>
        <source>Delete the selected &amp;profiles…</source>
        <translation>Gewählte &amp;Profile löschen…</translation>
    </message>
    <message>
        <source>Delete the selected ca&amp;mpaigns…</source>
        <translation>Gewählte &amp;Kampagnen löschen…</translation>
    </message>
    <message>
        <source>&amp;Import profiles from CSV…</source>
        <translation>Profile aus CSV &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Select everything the filter shows</source>
        <translation>Alles, was der Filter zeigt, au&amp;swählen</translation>
    </message>
    <message>
        <source>&amp;Resume unfinished jobs…</source>
        <translation>Unvollendete Aufträge &amp;fortsetzen…</translation>
    </message>
    <message numerus="yes">
        <source>%n profile(s) selected</source>
        <translation>
            <numerusform>%n Profil ausgewählt</numerusform>
            <numerusform>%n Profile ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>The campaign to apply</source>
        <translation>Die anzuwendende Kampagne</translation>
    </message>
    <message>
        <source>Campaign files (*.json)</source>
        <translation>Kampagnendateien (*.json)</translation>
    </message>
    <message>
        <source>Apply a campaign</source>
        <translation>Kampagne anwenden</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 does not hold a campaign (a JSON object, as the API's “campaign” field has it).</source>
        <translation>%1 enthält keine Kampagne (ein JSON-Objekt, wie es das Feld „campaign“ der API hat).</translation>
    </message>
    <message>
        <source>Apply the campaign “%1”</source>
        <translation>Kampagne „%1“ anwenden</translation>
    </message>
    <message>
        <source>Complete setup</source>
        <translation>Einrichtung abschließen</translation>
    </message>
    <message>
        <source>sent.dm calls this address once each completion finishes (https://…):</source>
        <translation>sent.dm ruft diese Adresse auf, sobald jeder Abschluss fertig ist (https://…):</translation>
    </message>
    <message numerus="yes">
        <source>Complete the setup of %n profile(s)</source>
        <translation>
            <numerusform>Einrichtung von %n Profil abschließen</numerusform>
            <numerusform>Einrichtung von %n Profilen abschließen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n profile(s)</source>
        <translation>
            <numerusform>%n Profil löschen</numerusform>
            <numerusform>%n Profile löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n campaign(s)</source>
        <translation>
            <numerusform>%n Kampagne löschen</numerusform>
            <numerusform>%n Kampagnen löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Profiles to import</source>
        <translation>Zu importierende Profile</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV-Dateien (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Import profiles</source>
        <translation>Profile importieren</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Import %n profile(s)</source>
        <translation>
            <numerusform>%n Profil importieren</numerusform>
            <numerusform>%n Profile importieren</numerusform>
        </translation>
    </message>
    <message>
        <source>No bulk job of this connection is waiting to be finished.</source>
        <translation>Kein Sammelauftrag dieser Verbindung wartet darauf, beendet zu werden.</translation>
    </message>
    <message>
        <source>C&amp;hange fields on the selected profiles…</source>
        <translation>Felder der gewählten Profile ä&amp;ndern…</translation>
    </message>
    <message>
        <source>Apply the selected campaign to the &amp;other selected profiles…</source>
        <translation>Gewählte Kampagne auf die &amp;übrigen gewählten Profile anwenden…</translation>
    </message>
    <message>
        <source>Select one campaign and, with Ctrl, the profiles that should have it too.</source>
        <translation>Wählen Sie eine Kampagne und mit Strg die Profile, die sie ebenfalls bekommen sollen.</translation>
    </message>
    <message>
        <source>The campaign is no longer there; it may have been deleted meanwhile.</source>
        <translation>Die Kampagne ist nicht mehr da; sie wurde vielleicht inzwischen gelöscht.</translation>
    </message>
    <message>
        <source>Apply a campaign &amp;draft to the selected profiles…</source>
        <translation>Kampagnen&amp;entwurf auf die gewählten Profile anwenden…</translation>
    </message>
    <message>
        <source>Apply a campaign draft</source>
        <translation>Kampagnenentwurf anwenden</translation>
    </message>
    <message>
        <source>This connection has no draft of a new campaign.</source>
        <translation>Diese Verbindung hat keinen Entwurf einer neuen Kampagne.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The draft to apply (it stays a draft):</source>
        <translation>Der anzuwendende Entwurf (er bleibt ein Entwurf):</translation>
    </message>
</context>
<context>
    <name>cd::ui::BulkJobDialog</name>
    <message>
        <source>Working out the time left…</source>
        <translation>Restzeit wird ermittelt…</translation>
    </message>
    <message>
        <source>Less than a minute left</source>
        <translation>Weniger als eine Minute übrig</translation>
    </message>
    <message numerus="yes">
        <source>About %n minute(s) left</source>
        <translation>
            <numerusform>Etwa %n Minute übrig</numerusform>
            <numerusform>Etwa %n Minuten übrig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>About %n hour(s) left</source>
        <translation>
            <numerusform>Etwa %n Stunde übrig</numerusform>
            <numerusform>Etwa %n Stunden übrig</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading what sent.dm has now of the profiles…</source>
        <translation>Der aktuelle Stand der Profile wird bei sent.dm gelesen…</translation>
    </message>
    <message>
        <source>Filter the items</source>
        <translation>Einträge filtern</translation>
    </message>
    <message>
        <source>Items of the job</source>
        <translation>Einträge des Auftrags</translation>
    </message>
    <message>
        <source>The selected item's checks and changes</source>
        <translation>Prüfungen und Änderungen des gewählten Eintrags</translation>
    </message>
    <message>
        <source>Select an item to see its checks and what it changes.</source>
        <translation>Wählen Sie einen Eintrag, um seine Prüfungen und Änderungen zu sehen.</translation>
    </message>
    <message>
        <source>Send the items with warnings too: I have read the warnings</source>
        <translation>Einträge mit Warnungen ebenfalls senden: Ich habe die Warnungen gelesen</translation>
    </message>
    <message>
        <source>Items ended</source>
        <translation>Beendete Einträge</translation>
    </message>
    <message>
        <source>%v of %m items</source>
        <translation>%v von %m Einträgen</translation>
    </message>
    <message>
        <source>&amp;Dry run</source>
        <translation>&amp;Probelauf</translation>
    </message>
    <message>
        <source>Ask sent.dm to check every item without making anything ("sandbox": true).</source>
        <translation>sent.dm jeden Eintrag prüfen lassen, ohne etwas anzulegen ("sandbox": true).</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>S&amp;tarten</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>&amp;Retry the failed ones</source>
        <translation>Fehlgeschlagene &amp;wiederholen</translation>
    </message>
    <message>
        <source>&amp;Export results…</source>
        <translation>Ergebnisse e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Cancel the job</source>
        <translation>Auftrag abbrechen</translation>
    </message>
    <message>
        <source>Stop the job for good? The items in flight end; the items not sent yet are not sent.</source>
        <translation>Den Auftrag endgültig beenden? Laufende Einträge werden zu Ende geführt; noch nicht gesendete werden nicht gesendet.</translation>
    </message>
    <message>
        <source>Reading what sent.dm has now of the profiles… %1 of %2</source>
        <translation>Der aktuelle Stand der Profile wird bei sent.dm gelesen… %1 von %2</translation>
    </message>
    <message>
        <source>Dry run finished: nothing was made.</source>
        <translation>Probelauf beendet: Nichts wurde angelegt.</translation>
    </message>
    <message>
        <source>%1 — %2 of %3 done, %4 refused, %5 failed, %6 to go.</source>
        <translation>%1 — %2 von %3 erledigt, %4 abgelehnt, %5 fehlgeschlagen, %6 ausstehend.</translation>
    </message>
    <message numerus="yes">
        <source>%1 ready, %2 with warnings, %3 with errors (left out until fixed), %4 left out. %n item(s) will be sent.</source>
        <translation>
            <numerusform>%1 bereit, %2 mit Warnungen, %3 mit Fehlern (ausgelassen, bis sie behoben sind), %4 ausgelassen. %n Eintrag wird gesendet.</numerusform>
            <numerusform>%1 bereit, %2 mit Warnungen, %3 mit Fehlern (ausgelassen, bis sie behoben sind), %4 ausgelassen. %n Einträge werden gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the results</source>
        <translation>Ergebnisse exportieren</translation>
    </message>
    <message>
        <source>bulk-job-results.csv</source>
        <translation>sammelauftrag-ergebnisse.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>The results could not be written to %1: %2</source>
        <translation>Die Ergebnisse konnten nicht in %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Close the job</source>
        <translation>Auftrag schließen</translation>
    </message>
    <message>
        <source>The job is still running. Pause it and close? It is offered again at the next start, and resumes where it stopped.</source>
        <translation>Der Auftrag läuft noch. Anhalten und schließen? Er wird beim nächsten Start wieder angeboten und setzt dort fort, wo er aufgehört hat.</translation>
    </message>
    <message>
        <source>Cancel the jo&amp;b</source>
        <translation>Auftrag a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
</context>
<context>
    <name>cd::ui::CampaignActions</name>
    <message>
        <source>&amp;New campaign…</source>
        <translation>&amp;Neue Kampagne …</translation>
    </message>
    <message>
        <source>&amp;Edit campaign…</source>
        <translation>Kampagne &amp;bearbeiten …</translation>
    </message>
    <message>
        <source>&amp;Delete campaign…</source>
        <translation>Kampagne &amp;löschen …</translation>
    </message>
    <message>
        <source>D&amp;rafts…</source>
        <translation>En&amp;twürfe …</translation>
    </message>
    <message>
        <source>This profile's &amp;drafts…</source>
        <translation>&amp;Entwürfe dieses Profils …</translation>
    </message>
    <message>
        <source>Create a campaign for the selected profile, checked before it is submitted.</source>
        <translation>Eine Kampagne für das ausgewählte Profil anlegen, geprüft vor dem Einreichen.</translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation>Neue Kampagne</translation>
    </message>
    <message>
        <source>This profile's details are not available yet. Refresh (F5) and try again.</source>
        <translation>Die Details dieses Profils sind noch nicht verfügbar. Aktualisieren Sie (F5) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 has no brand, so it cannot have campaigns. Give the profile a brand of its own, or let it inherit the organization's, first.</source>
        <translation>%1 hat keine Marke und kann daher keine Kampagnen haben. Geben Sie dem Profil zuerst eine eigene Marke oder lassen Sie es die der Organisation erben.</translation>
    </message>
    <message>
        <source>There is a draft for %1: “%2”, last changed %3. Continue it?</source>
        <translation>Es gibt einen Entwurf für %1: „%2“, zuletzt geändert %3. Weiterbearbeiten?</translation>
    </message>
    <message>
        <source>Edit campaign</source>
        <translation>Kampagne bearbeiten</translation>
    </message>
    <message>
        <source>This campaign's details are not available yet. Refresh (F5) and try again.</source>
        <translation>Die Details dieser Kampagne sind noch nicht verfügbar. Aktualisieren Sie (F5) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>“%1” was submitted to The Campaign Registry and can no longer be changed. To change what it says, create a new campaign.</source>
        <translation>„%1“ wurde bei The Campaign Registry eingereicht und kann nicht mehr geändert werden. Um den Inhalt zu ändern, legen Sie eine neue Kampagne an.</translation>
    </message>
    <message>
        <source>Delete campaign</source>
        <translation>Kampagne löschen</translation>
    </message>
    <message>
        <source>“%1” belongs to the organization; this profile cannot delete it.</source>
        <translation>„%1“ gehört der Organisation; dieses Profil kann sie nicht löschen.</translation>
    </message>
    <message>
        <source>Delete the campaign “%1”? sent.dm removes it from the profile; this cannot be undone.</source>
        <translation>Die Kampagne „%1“ löschen? sent.dm entfernt sie vom Profil; das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Deleting “%1”…</source>
        <translation>„%1“ wird gelöscht …</translation>
    </message>
    <message>
        <source>“%1” was not deleted. %2</source>
        <translation>„%1“ wurde nicht gelöscht. %2</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>„%1“ gelöscht.</translation>
    </message>
    <message>
        <source>sent.dm has the campaign “%1”.</source>
        <translation>sent.dm hat die Kampagne „%1“.</translation>
    </message>
    <message>
        <source>Campaign drafts</source>
        <translation>Kampagnenentwürfe</translation>
    </message>
    <message>
        <source>The draft's profile is no longer in this organization.</source>
        <translation>Das Profil des Entwurfs gehört nicht mehr zu dieser Organisation.</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>ohne Titel</translation>
    </message>
    <message>
        <source>%1 uses the organization's campaigns, which are read-only for it. To give it campaigns of its own, use Profile → Change inheritance, which shows what the switch does first.</source>
        <translation>%1 nutzt die Kampagnen der Organisation, die für das Profil schreibgeschützt sind. Für eigene Kampagnen wählen Sie Profil → Vererbung ändern; dort sehen Sie zuerst, was die Umstellung bewirkt.</translation>
    </message>
    <message>
        <source>“%1” belongs to the organization; this profile inherits it and cannot change it. The organization's campaigns are changed in sent.dm's dashboard, under the organization. To give this profile campaigns of its own, use Profile → Change inheritance.</source>
        <translation>„%1“ gehört der Organisation; dieses Profil erbt sie und kann sie nicht ändern. Kampagnen der Organisation werden im Dashboard von sent.dm unter der Organisation geändert. Für eigene Kampagnen dieses Profils wählen Sie Profil → Vererbung ändern.</translation>
    </message>
</context>
<context>
    <name>cd::ui::CampaignWizard</name>
    <message>
        <source>Edit campaign — %1</source>
        <translation>Kampagne bearbeiten — %1</translation>
    </message>
    <message>
        <source>New campaign — %1</source>
        <translation>Neue Kampagne — %1</translation>
    </message>
    <message>
        <source>Save draft and close</source>
        <translation>Entwurf speichern und schließen</translation>
    </message>
    <message>
        <source>“%1” was submitted to The Campaign Registry and can no longer be changed. What you typed is kept as a draft: export it from the review to start a new campaign with it.</source>
        <translation>„%1“ wurde an The Campaign Registry übermittelt und kann nicht mehr geändert werden. Ihre Eingaben bleiben als Entwurf erhalten: Exportieren Sie sie in der Übersicht, um damit eine neue Kampagne zu beginnen.</translation>
    </message>
</context>
<context>
    <name>cd::ui::ColumnMappingDialog</name>
    <message>
        <source>Columns of the file</source>
        <translation>Spalten der Datei</translation>
    </message>
    <message>
        <source>Choose the field each column fills. The columns were matched by their headers; what you choose here is used again for the next file with the same headers.</source>
        <translation>Wählen Sie das Feld, das jede Spalte füllt. Die Spalten wurden über ihre Überschriften zugeordnet; Ihre Wahl gilt wieder für die nächste Datei mit denselben Überschriften.</translation>
    </message>
    <message>
        <source>Not used</source>
        <translation>Nicht verwendet</translation>
    </message>
    <message>
        <source>Field of the column “%1”</source>
        <translation>Feld der Spalte „%1“</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>“%1” (e.g. %2)</source>
        <translation>„%1“ (z. B. %2)</translation>
    </message>
    <message>
        <source>Check the &amp;rows…</source>
        <translation>&amp;Zeilen prüfen…</translation>
    </message>
    <message>
        <source>More than one column fills %1: only the first is used.</source>
        <translation>Mehr als eine Spalte füllt %1: Nur die erste wird verwendet.</translation>
    </message>
    <message>
        <source>Choose the column that holds the profiles' names.</source>
        <translation>Wählen Sie die Spalte mit den Namen der Profile.</translation>
    </message>
</context>
<context>
    <name>cd::ui::CompletionWizard</name>
    <message>
        <source>Edit the profile…</source>
        <translation>Profil bearbeiten …</translation>
    </message>
    <message>
        <source>Edit the brand…</source>
        <translation>Marke bearbeiten …</translation>
    </message>
    <message>
        <source>New campaign…</source>
        <translation>Neue Kampagne …</translation>
    </message>
    <message>
        <source>Change what it inherits…</source>
        <translation>Ändern, was es übernimmt …</translation>
    </message>
    <message>
        <source>Complete the setup of %1</source>
        <translation>Einrichtung von %1 abschließen</translation>
    </message>
    <message>
        <source>What sent.dm will check</source>
        <translation>Was sent.dm prüfen wird</translation>
    </message>
    <message>
        <source>Every item must be met before the profile can be submitted. Fix what is missing, then go on.</source>
        <translation>Jeder Punkt muss erfüllt sein, bevor das Profil eingereicht werden kann. Beheben Sie, was fehlt, und fahren Sie dann fort.</translation>
    </message>
    <message>
        <source>The status the profile will get</source>
        <translation>Der Status, den das Profil erhalten wird</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>&amp;Erneut prüfen</translation>
    </message>
    <message>
        <source>Read the profile and its campaigns from sent.dm again</source>
        <translation>Profil und Kampagnen erneut von sent.dm lesen</translation>
    </message>
    <message>
        <source>Reading %1 from sent.dm…</source>
        <translation>%1 wird von sent.dm gelesen …</translation>
    </message>
    <message>
        <source>Could not read it again: %1</source>
        <translation>Konnte nicht erneut gelesen werden: %1</translation>
    </message>
    <message>
        <source>Checked at %1.</source>
        <translation>Geprüft um %1.</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Erfüllt</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Nicht erfüllt</translation>
    </message>
    <message>
        <source>Advised</source>
        <translation>Empfohlen</translation>
    </message>
    <message>
        <source>%1 (advised, not required)</source>
        <translation>%1 (empfohlen, nicht erforderlich)</translation>
    </message>
    <message>
        <source>submitted for review</source>
        <translation>zur Prüfung eingereicht</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Once sent.dm has processed it, the profile will be %1.&lt;/b&gt;&lt;br&gt;%2</source>
        <translation>&lt;b&gt;Sobald sent.dm es verarbeitet hat, wird das Profil %1.&lt;/b&gt;&lt;br&gt;%2</translation>
    </message>
    <message>
        <source>Where sent.dm reports back</source>
        <translation>Wohin sent.dm antwortet</translation>
    </message>
    <message>
        <source>sent.dm calls this address once, when it has processed the profile. Compliance Desk does not depend on it: it watches the profile's status itself.</source>
        <translation>sent.dm ruft diese Adresse einmal auf, wenn das Profil verarbeitet ist. Compliance Desk ist nicht darauf angewiesen: Es beobachtet den Status des Profils selbst.</translation>
    </message>
    <message>
        <source>https://hooks.example.com/sent</source>
        <translation>https://hooks.example.com/sent</translation>
    </message>
    <message>
        <source>Webhook address</source>
        <translation>Webhook-Adresse</translation>
    </message>
    <message>
        <source>&amp;Webhook address:</source>
        <translation>&amp;Webhook-Adresse:</translation>
    </message>
    <message>
        <source>Problem with the webhook address</source>
        <translation>Problem mit der Webhook-Adresse</translation>
    </message>
    <message>
        <source>sent.dm requires an address.</source>
        <translation>sent.dm verlangt eine Adresse.</translation>
    </message>
    <message>
        <source>Write a full web address, starting with https://.</source>
        <translation>Schreiben Sie eine vollständige Webadresse, beginnend mit https://.</translation>
    </message>
    <message>
        <source>This address is not encrypted: prefer https://.</source>
        <translation>Diese Adresse ist nicht verschlüsselt: Verwenden Sie besser https://.</translation>
    </message>
    <message>
        <source>Submitting</source>
        <translation>Wird eingereicht</translation>
    </message>
    <message>
        <source>What sent.dm answered</source>
        <translation>Was sent.dm geantwortet hat</translation>
    </message>
    <message>
        <source>The profile's status</source>
        <translation>Der Status des Profils</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>&amp;Back to the checklist</source>
        <translation>&amp;Zurück zur Checkliste</translation>
    </message>
    <message>
        <source>Prerequisites not met</source>
        <translation>Voraussetzungen nicht erfüllt</translation>
    </message>
    <message>
        <source>Not submitted</source>
        <translation>Nicht eingereicht</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Eingereicht</translation>
    </message>
</context>
<context>
    <name>cd::ui::ConnectDialog</name>
    <message>
        <source>Connect an organization</source>
        <translation>Organisation verbinden</translation>
    </message>
    <message>
        <source>Use the API key of the organization (or of one sender profile) from the sent.dm dashboard, Settings → API Keys. It is checked with sent.dm, then kept in the system keychain; it is never written to a file.</source>
        <translation>Verwenden Sie den API-Schlüssel der Organisation (oder eines Absenderprofils) aus dem sent.dm-Dashboard, Settings → API Keys. Er wird bei sent.dm geprüft und dann im Schlüsselbund des Systems abgelegt; er wird nie in eine Datei geschrieben.</translation>
    </message>
    <message>
        <source>Connection name</source>
        <translation>Name der Verbindung</translation>
    </message>
    <message>
        <source>e.g. Northwind production</source>
        <translation>z. B. Northwind Produktion</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>API-Adresse</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Paste the API key</source>
        <translation>API-Schlüssel einfügen</translation>
    </message>
    <message>
        <source>&amp;Show the key</source>
        <translation>Schlüssel an&amp;zeigen</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>Result of the check</source>
        <translation>Ergebnis der Prüfung</translation>
    </message>
    <message>
        <source>&amp;Check and save</source>
        <translation>&amp;Prüfen und speichern</translation>
    </message>
    <message>
        <source>The local demo sandbox</source>
        <translation>Die lokale Demo-Sandbox</translation>
    </message>
    <message>
        <source>Enter the API key again</source>
        <translation>API-Schlüssel erneut eingeben</translation>
    </message>
    <message>
        <source>Checking the key with sent.dm…</source>
        <translation>Der Schlüssel wird bei sent.dm geprüft …</translation>
    </message>
    <message>
        <source>The keychain cannot keep the key</source>
        <translation>Der Schlüsselbund kann den Schlüssel nicht aufbewahren</translation>
    </message>
    <message>
        <source>Use the key for this session only? It stays in memory until Compliance Desk quits and is never written to disk; you will be asked for it again next time.</source>
        <translation>Den Schlüssel nur für diese Sitzung verwenden? Er bleibt im Arbeitsspeicher, bis Compliance Desk beendet wird, und wird nie auf die Festplatte geschrieben; beim nächsten Mal werden Sie erneut danach gefragt.</translation>
    </message>
    <message>
        <source>Connected: %1 “%2”.</source>
        <translation>Verbunden: %1 „%2“.</translation>
    </message>
</context>
<context>
    <name>cd::ui::ConnectionBar</name>
    <message>
        <source>&amp;Connect an organization…</source>
        <translation>Organisation &amp;verbinden …</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Re&amp;move this connection…</source>
        <translation>Diese Verbindung &amp;entfernen…</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Load everything again from sent.dm (F5)</source>
        <translation>Alles erneut von sent.dm laden (F5)</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>Verbindung:</translation>
    </message>
    <message>
        <source>Add a connection…</source>
        <translation>Verbindung hinzufügen …</translation>
    </message>
    <message>
        <source>Remove connection</source>
        <translation>Verbindung entfernen</translation>
    </message>
    <message>
        <source>Remove “%1”?

Its API key is deleted from the system keychain, and this computer's copy of its organization with it. Nothing changes at sent.dm: connect again with the key at any time.</source>
        <translation>„%1“ entfernen?

Ihr API-Schlüssel wird aus dem Schlüsselbund des Systems gelöscht, ebenso die Kopie ihrer Organisation auf diesem Computer. Bei sent.dm ändert sich nichts: Sie können sich jederzeit mit dem Schlüssel wieder verbinden.</translation>
    </message>
    <message>
        <source>Removing “%1”…</source>
        <translation>„%1“ wird entfernt…</translation>
    </message>
    <message>
        <source>“%1” was not removed: %2</source>
        <translation>„%1“ wurde nicht entfernt: %2</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
</context>
<context>
    <name>cd::ui::ConsentPage</name>
    <message>
        <source>Consent and message flow</source>
        <translation>Einwilligung und Nachrichtenablauf</translation>
    </message>
    <message>
        <source>How people agree to receive the messages, and what they are told when they do.</source>
        <translation>Wie Menschen dem Empfang zustimmen und was ihnen dabei gesagt wird.</translation>
    </message>
    <message>
        <source>Message &amp;flow:</source>
        <translation>Nachrichten&amp;ablauf:</translation>
    </message>
    <message>
        <source>e.g. Customers opt in on the sign-up form at https://… by ticking an unticked box. The form says: Msg frequency varies. Msg &amp; data rates may apply. Reply HELP for help, STOP to cancel. Terms: … Privacy: …</source>
        <translation>z. B. Customers opt in on the sign-up form at https://… by ticking an unticked box. The form says: Msg frequency varies. Msg &amp; data rates may apply. Reply HELP for help, STOP to cancel. Terms: … Privacy: …</translation>
    </message>
    <message>
        <source>&amp;Opt-in message:</source>
        <translation>&amp;Anmeldenachricht:</translation>
    </message>
    <message>
        <source>The reply to someone who opts in, e.g. “%1: you're subscribed to … Msg frequency varies. Msg &amp; data rates may apply. Reply HELP for help, STOP to opt out.”</source>
        <translation>Die Antwort an jemanden, der sich anmeldet, z. B. „%1: you're subscribed to … Msg frequency varies. Msg &amp; data rates may apply. Reply HELP for help, STOP to opt out.“</translation>
    </message>
    <message>
        <source>Opt-in &amp;keywords:</source>
        <translation>Anmelde-&amp;Stichwörter:</translation>
    </message>
    <message>
        <source>e.g. START, YES</source>
        <translation>z. B. START, YES</translation>
    </message>
</context>
<context>
    <name>cd::ui::DashboardView</name>
    <message>
        <source>Profiles by status</source>
        <translation>Profile nach Status</translation>
    </message>
    <message>
        <source>Campaigns by status</source>
        <translation>Kampagnen nach Status</translation>
    </message>
    <message>
        <source>Brands by identity status</source>
        <translation>Marken nach Identitätsstatus</translation>
    </message>
    <message>
        <source>Campaigns per use case</source>
        <translation>Kampagnen je Anwendungsfall</translation>
    </message>
    <message>
        <source>&lt;b&gt;Needs attention&lt;/b&gt; — most urgent first; Enter or double-click opens</source>
        <translation>&lt;b&gt;Braucht Aufmerksamkeit&lt;/b&gt; – das Dringendste zuerst; Eingabetaste oder Doppelklick öffnet</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Items that need attention</source>
        <translation>Elemente, die Aufmerksamkeit brauchen</translation>
    </message>
    <message>
        <source>%1, as text</source>
        <translation>%1, als Text</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Kampagnen</translation>
    </message>
    <message>
        <source>Brands</source>
        <translation>Marken</translation>
    </message>
    <message>
        <source>%1 (draft for %2)</source>
        <translation>%1 (Entwurf für %2)</translation>
    </message>
    <message>
        <source>Not submitted</source>
        <translation>Nicht eingereicht</translation>
    </message>
    <message>
        <source>Nothing needs attention.</source>
        <translation>Nichts braucht Aufmerksamkeit.</translation>
    </message>
    <message>
        <source>In this state since %1</source>
        <translation>In diesem Zustand seit %1</translation>
    </message>
    <message>
        <source>Flag &amp;reviews waiting more than</source>
        <translation>&amp;Prüfungen markieren, die länger warten als</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Days in review before an item is flagged</source>
        <translation>Tage in Prüfung, bevor ein Eintrag markiert wird</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Days in its current state</source>
        <translation>Tage im aktuellen Zustand</translation>
    </message>
    <message numerus="yes">
        <source>In review more than %n day(s)</source>
        <translation>
            <numerusform>In Prüfung seit mehr als %n Tag</numerusform>
            <numerusform>In Prüfung seit mehr als %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Each campaign counts once: an organization campaign that several profiles inherit is one campaign.</source>
        <translation>Jede Kampagne zählt einmal: Eine Kampagne der Organisation, die mehrere Profile erben, ist eine Kampagne.</translation>
    </message>
    <message>
        <source>%1 (the organization's)</source>
        <translation>%1 (der Organisation)</translation>
    </message>
    <message numerus="yes">
        <source>%1 — affects %n profile(s)</source>
        <translation>
            <numerusform>%1 — betrifft %n Profil</numerusform><numerusform>%1 — betrifft %n Profile</numerusform></translation>
    </message>
    <message>
        <source>Inherits it</source>
        <translation>Erbt es</translation>
    </message>
    <message numerus="yes">
        <source>%n profile(s) affected by the organization's brand or campaigns: they inherit something that was rejected, suspended or did not reach the registry.</source>
        <translation>
            <numerusform>%n Profil ist von Marke oder Kampagnen der Organisation betroffen: Es erbt etwas, das abgelehnt, gesperrt oder nicht an die Registry übermittelt wurde.</numerusform><numerusform>%n Profile sind von Marke oder Kampagnen der Organisation betroffen: Sie erben etwas, das abgelehnt, gesperrt oder nicht an die Registry übermittelt wurde.</numerusform></translation>
    </message>
</context>
<context>
    <name>cd::ui::DetailsPanel</name>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>%1 (sent.dm: %2)</source>
        <translation>%1 (sent.dm: %2)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>Nichts ausgewählt</translation>
    </message>
    <message>
        <source>Select the organization, a profile or a campaign to see all of its details.</source>
        <translation>Wählen Sie die Organisation, ein Profil oder eine Kampagne aus, um alle Details zu sehen.</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Configured</source>
        <translation>Eingerichtet</translation>
    </message>
    <message>
        <source>Not configured</source>
        <translation>Nicht eingerichtet</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>RCS</source>
        <translation>RCS</translation>
    </message>
    <message>
        <source>Sender profile · %1</source>
        <translation>Absenderprofil · %1</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Kurzname</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Icon</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <source>Billing model</source>
        <translation>Abrechnungsmodell</translation>
    </message>
    <message>
        <source>Billing contact</source>
        <translation>Rechnungskontakt</translation>
    </message>
    <message>
        <source>Inherits the brand</source>
        <translation>Erbt die Marke</translation>
    </message>
    <message>
        <source>Inherits campaigns</source>
        <translation>Erbt Kampagnen</translation>
    </message>
    <message>
        <source>SMS number</source>
        <translation>SMS-Nummer</translation>
    </message>
    <message>
        <source>WhatsApp number</source>
        <translation>WhatsApp-Nummer</translation>
    </message>
    <message>
        <source>WABA ID</source>
        <translation>WABA-ID</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Kampagnen</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Letzte Änderung</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Marke</translation>
    </message>
    <message>
        <source>The organization's brand is used (inherited).</source>
        <translation>Die Marke der Organisation wird verwendet (geerbt).</translation>
    </message>
    <message>
        <source>This profile has no brand yet, so it cannot have campaigns.</source>
        <translation>Dieses Profil hat noch keine Marke und kann daher keine Kampagnen haben.</translation>
    </message>
    <message>
        <source>Brand (the organization's, read-only here)</source>
        <translation>Marke (die der Organisation, hier schreibgeschützt)</translation>
    </message>
    <message>
        <source>Brand ID</source>
        <translation>Marken-ID</translation>
    </message>
    <message>
        <source>Identity status</source>
        <translation>Identitätsstatus</translation>
    </message>
    <message>
        <source>Submitted to TCR</source>
        <translation>Bei TCR eingereicht</translation>
    </message>
    <message>
        <source>TCR brand ID</source>
        <translation>TCR-Marken-ID</translation>
    </message>
    <message>
        <source>Universal EIN</source>
        <translation>Universal EIN</translation>
    </message>
    <message>
        <source>Submitted to TCR: the brand can no longer be changed.</source>
        <translation>Bei TCR eingereicht: Die Marke kann nicht mehr geändert werden.</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Business name</source>
        <translation>Firmenbezeichnung</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Firmenname</translation>
    </message>
    <message>
        <source>Entity type</source>
        <translation>Rechtsform</translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation>Steuernummer</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Anschrift</translation>
    </message>
    <message>
        <source>Country of registration</source>
        <translation>Land der Registrierung</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Compliance</translation>
    </message>
    <message>
        <source>Brand relationship</source>
        <translation>Markenbeziehung</translation>
    </message>
    <message>
        <source>Vertical</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>%1 (main)</source>
        <translation>%1 (Haupt)</translation>
    </message>
    <message>
        <source>Destination countries</source>
        <translation>Zielländer</translation>
    </message>
    <message>
        <source>TCR application</source>
        <translation>TCR-Antrag</translation>
    </message>
    <message>
        <source>Phone number prefix</source>
        <translation>Rufnummernpräfix</translation>
    </message>
    <message>
        <source>Expected volume</source>
        <translation>Erwartetes Volumen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Campaign of %1 · %2</source>
        <translation>Kampagne von %1 · %2</translation>
    </message>
    <message>
        <source>Sync error: %1</source>
        <translation>Sync-Fehler: %1</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>TCR campaign ID</source>
        <translation>TCR-Kampagnen-ID</translation>
    </message>
    <message>
        <source>Carrier elections</source>
        <translation>Carrier-Freigaben</translation>
    </message>
    <message>
        <source>Complete %1</source>
        <translation>Abgeschlossen %1</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Billed</source>
        <translation>Abgerechnet</translation>
    </message>
    <message>
        <source>Use case: %1</source>
        <translation>Anwendungsfall: %1</translation>
    </message>
    <message>
        <source>Consent and messages</source>
        <translation>Einwilligung und Nachrichten</translation>
    </message>
    <message>
        <source>Message flow</source>
        <translation>Nachrichtenablauf</translation>
    </message>
    <message>
        <source>Opt-in message</source>
        <translation>Opt-in-Nachricht</translation>
    </message>
    <message>
        <source>Opt-in keywords</source>
        <translation>Opt-in-Schlüsselwörter</translation>
    </message>
    <message>
        <source>Opt-out message</source>
        <translation>Opt-out-Nachricht</translation>
    </message>
    <message>
        <source>Opt-out keywords</source>
        <translation>Opt-out-Schlüsselwörter</translation>
    </message>
    <message>
        <source>Help message</source>
        <translation>Hilfe-Nachricht</translation>
    </message>
    <message>
        <source>Help keywords</source>
        <translation>Hilfe-Schlüsselwörter</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Privacy policy</source>
        <translation>Datenschutzerklärung</translation>
    </message>
    <message>
        <source>Terms and conditions</source>
        <translation>Geschäftsbedingungen</translation>
    </message>
    <message>
        <source>New campaign for this profile…</source>
        <translation>Neue Kampagne für dieses Profil …</translation>
    </message>
    <message>
        <source>This profile's campaign drafts…</source>
        <translation>Die Kampagnenentwürfe dieses Profils …</translation>
    </message>
    <message>
        <source>Edit the profile and its brand…</source>
        <translation>Profil und Marke bearbeiten …</translation>
    </message>
    <message>
        <source>Complete the profile's setup…</source>
        <translation>Einrichtung des Profils abschließen …</translation>
    </message>
    <message>
        <source>History on this computer…</source>
        <translation>Verlauf auf diesem Computer …</translation>
    </message>
    <message>
        <source>History on this computer</source>
        <translation>Verlauf auf diesem Computer</translation>
    </message>
    <message>
        <source>%1 (request %2)</source>
        <translation>%1 (Anfrage %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier entry(s) not shown.</source>
        <translation>
            <numerusform>%n früherer Eintrag nicht gezeigt.</numerusform>
            <numerusform>%n frühere Einträge nicht gezeigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — by %2</source>
        <translation>%1 — von %2</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>less than an hour</source>
        <translation>weniger als eine Stunde</translation>
    </message>
    <message>
        <source>%1 (since %2)</source>
        <translation>%1 (seit %2)</translation>
    </message>
    <message>
        <source>%1 or more (since its last change, %2)</source>
        <translation>%1 oder mehr (seit der letzten Änderung, %2)</translation>
    </message>
    <message>
        <source>since its last change, %1</source>
        <translation>seit der letzten Änderung, %1</translation>
    </message>
    <message>
        <source>In this status</source>
        <translation>In diesem Status</translation>
    </message>
    <message>
        <source>sent.dm: %1</source>
        <translation>sent.dm: %1</translation>
    </message>
    <message>
        <source>Change where its brand and campaigns come from…</source>
        <translation>Ändern, woher Marke und Kampagnen kommen …</translation>
    </message>
    <message>
        <source>Brand and campaigns</source>
        <translation>Marke und Kampagnen</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Organization's brand</source>
        <translation>Marke der Organisation</translation>
    </message>
    <message>
        <source>Shared by the organization · %1</source>
        <translation>Von der Organisation geteilt · %1</translation>
    </message>
    <message>
        <source>Shared by the organization</source>
        <translation>Von der Organisation geteilt</translation>
    </message>
    <message>
        <source>The profiles below send under the organization's brand. It is read-only here: sent.dm's API has no way to change it from this app. It is changed in sent.dm's dashboard, under the organization.</source>
        <translation>Die Profile unten senden unter der Marke der Organisation. Sie ist hier schreibgeschützt: Die API von sent.dm bietet keinen Weg, sie aus dieser App zu ändern. Geändert wird sie im Dashboard von sent.dm unter der Organisation.</translation>
    </message>
    <message>
        <source>None of these profiles has reported the brand yet: it shows once their details are read.</source>
        <translation>Noch hat keines dieser Profile die Marke gemeldet: Sie erscheint, sobald ihre Details gelesen sind.</translation>
    </message>
    <message numerus="yes">
        <source>Used by %n profile(s)</source>
        <translation>
            <numerusform>Von %n Profil genutzt</numerusform><numerusform>Von %n Profilen genutzt</numerusform></translation>
    </message>
    <message>
        <source>The organization's campaign · %1</source>
        <translation>Kampagne der Organisation · %1</translation>
    </message>
    <message>
        <source>The profiles below use this campaign of the organization's. It is read-only here: sent.dm's API has no way to change it from this app. It is changed in sent.dm's dashboard, under the organization.</source>
        <translation>Die Profile unten nutzen diese Kampagne der Organisation. Sie ist hier schreibgeschützt: Die API von sent.dm bietet keinen Weg, sie aus dieser App zu ändern. Geändert wird sie im Dashboard von sent.dm unter der Organisation.</translation>
    </message>
    <message>
        <source>Sync error: %1 — every profile below is affected.</source>
        <translation>Synchronisierungsfehler: %1 — jedes Profil unten ist betroffen.</translation>
    </message>
    <message>
        <source>Rejected — every profile below is affected.</source>
        <translation>Abgelehnt — jedes Profil unten ist betroffen.</translation>
    </message>
    <message>
        <source>Use cases</source>
        <translation>Anwendungsfälle</translation>
    </message>
    <message>
        <source>Inherited from the organization: read-only for this profile. The organization's campaigns are changed in sent.dm's dashboard, under the organization. To give this profile campaigns of its own, use Profile → Change inheritance.</source>
        <translation>Von der Organisation geerbt: für dieses Profil schreibgeschützt. Kampagnen der Organisation werden im Dashboard von sent.dm unter der Organisation geändert. Für eigene Kampagnen dieses Profils wählen Sie Profil → Vererbung ändern.</translation>
    </message>
</context>
<context>
    <name>cd::ui::DraftsDialog</name>
    <message>
        <source>Campaign drafts — %1</source>
        <translation>Kampagnenentwürfe — %1</translation>
    </message>
    <message>
        <source>Campaign drafts</source>
        <translation>Kampagnenentwürfe</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Entwürfe</translation>
    </message>
    <message>
        <source>Reading the drafts…</source>
        <translation>Die Entwürfe werden gelesen …</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Verwerfen …</translation>
    </message>
    <message>
        <source>%1 — %2%3, last changed %4</source>
        <translation>%1 — %2%3, zuletzt geändert %4</translation>
    </message>
    <message>
        <source> (changes to a campaign)</source>
        <translation> (Änderungen an einer Kampagne)</translation>
    </message>
    <message>
        <source>A draft that cannot be opened: %1</source>
        <translation>Ein Entwurf, der sich nicht öffnen lässt: %1</translation>
    </message>
    <message>
        <source>No drafts: everything typed has been submitted.</source>
        <translation>Keine Entwürfe: Alles Eingegebene wurde eingereicht.</translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation>Entwurf verwerfen</translation>
    </message>
    <message>
        <source>Discard the draft “%1”? What was typed in it is lost.</source>
        <translation>Den Entwurf „%1“ verwerfen? Was darin eingegeben wurde, geht verloren.</translation>
    </message>
</context>
<context>
    <name>cd::ui::EmptyStatePage</name>
    <message>
        <source>No organization connected</source>
        <translation>Keine Organisation verbunden</translation>
    </message>
    <message>
        <source>Connect an organization with its sent.dm API key to browse its sender profiles, brands and campaigns. To look around first, start Compliance Desk with --sandbox: it runs a local stand-in for sent.dm with a demo organization.</source>
        <translation>Verbinden Sie eine Organisation mit ihrem sent.dm-API-Schlüssel, um ihre Absenderprofile, Marken und Kampagnen zu durchsuchen. Um sich zuerst umzusehen, starten Sie Compliance Desk mit --sandbox: Dann läuft ein lokaler Ersatz für sent.dm mit einer Demo-Organisation.</translation>
    </message>
    <message>
        <source>&amp;Connect an organization…</source>
        <translation>Organisation &amp;verbinden …</translation>
    </message>
</context>
<context>
    <name>cd::ui::FieldSet</name>
    <message>
        <source>Problem with %1</source>
        <translation>Problem mit %1</translation>
    </message>
    <message>
        <source>sent.dm:</source>
        <translation>sent.dm:</translation>
    </message>
</context>
<context>
    <name>cd::ui::FindingsLabel</name>
    <message>
        <source>Problems with this field</source>
        <translation>Probleme mit diesem Feld</translation>
    </message>
    <message>
        <source>(acknowledged)</source>
        <translation>(bestätigt)</translation>
    </message>
    <message>
        <source>sent.dm:</source>
        <translation>sent.dm:</translation>
    </message>
</context>
<context>
    <name>cd::ui::HelpDialog</name>
    <message>
        <source>Compliance Desk Help</source>
        <translation>Hilfe zu Compliance Desk</translation>
    </message>
    <message>
        <source>The user guide is missing from this build.</source>
        <translation>Das Benutzerhandbuch fehlt in dieser Version.</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Benutzerhandbuch</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Open the selected row's menu</source>
        <translation>Das Menü der ausgewählten Zeile öffnen</translation>
    </message>
    <message>
        <source>Shift+F10 or the Menu key</source>
        <translation>Umschalt+F10 oder die Menütaste</translation>
    </message>
    <message>
        <source>Open the selected item, or load a failed row again</source>
        <translation>Das ausgewählte Element öffnen oder eine fehlgeschlagene Zeile neu laden</translation>
    </message>
    <message>
        <source>Enter or double-click</source>
        <translation>Eingabetaste oder Doppelklick</translation>
    </message>
    <message>
        <source>Go to the field of a finding (review page)</source>
        <translation>Zum Feld eines Befunds springen (Prüfseite)</translation>
    </message>
    <message>
        <source>Move between fields</source>
        <translation>Zwischen Feldern wechseln</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Umschalt+Tab</translation>
    </message>
</context>
<context>
    <name>cd::ui::HistoryDialog</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>History — %1</source>
        <translation>Verlauf – %1</translation>
    </message>
    <message>
        <source>What this computer has seen and sent for %1, newest first. Select two changes to compare what they sent.</source>
        <translation>Was dieser Computer für %1 gesehen und gesendet hat, das Neueste zuerst. Wählen Sie zwei Änderungen, um zu vergleichen, was sie gesendet haben.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>Anfrage-ID</translation>
    </message>
    <message>
        <source>History entries</source>
        <translation>Verlaufseinträge</translation>
    </message>
    <message>
        <source>The selected entry</source>
        <translation>Der gewählte Eintrag</translation>
    </message>
    <message>
        <source>Select an entry to see what was sent.</source>
        <translation>Wählen Sie einen Eintrag, um zu sehen, was gesendet wurde.</translation>
    </message>
    <message>
        <source>Integrity of the history</source>
        <translation>Unversehrtheit des Verlaufs</translation>
    </message>
    <message>
        <source>Co&amp;mpare the two</source>
        <translation>Die beiden &amp;vergleichen</translation>
    </message>
    <message>
        <source>Select two changes (Ctrl+click) to see, field by field, what the later one sent differently</source>
        <translation>Wählen Sie zwei Änderungen (Strg+Klick), um Feld für Feld zu sehen, was die spätere anders gesendet hat</translation>
    </message>
    <message>
        <source>Check &amp;integrity</source>
        <translation>&amp;Unversehrtheit prüfen</translation>
    </message>
    <message>
        <source>Check that no entry of the history was changed or removed since it was written</source>
        <translation>Prüfen, dass kein Eintrag des Verlaufs geändert oder entfernt wurde, seit er geschrieben wurde</translation>
    </message>
    <message>
        <source>Nothing recorded yet. Changes made here or with compliance-desk-cli, and the status changes the status checks see, are recorded from now on.</source>
        <translation>Noch nichts aufgezeichnet. Änderungen, die hier oder mit compliance-desk-cli vorgenommen werden, und die Statusänderungen, die die Statusprüfungen sehen, werden ab jetzt aufgezeichnet.</translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation>Anfrage-ID: %1</translation>
    </message>
    <message>
        <source>Sent: %1</source>
        <translation>Gesendet: %1</translation>
    </message>
    <message>
        <source>From entry %1 (%2) to entry %3 (%4):</source>
        <translation>Von Eintrag %1 (%2) zu Eintrag %3 (%4):</translation>
    </message>
    <message>
        <source>Both sent the same fields.</source>
        <translation>Beide haben dieselben Felder gesendet.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>(not sent)</source>
        <translation>(nicht gesendet)</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft …</translation>
    </message>
    <message numerus="yes">
        <source>The history is intact: %n entry(s) checked, none changed or removed.</source>
        <translation>
            <numerusform>Der Verlauf ist unversehrt: %n Eintrag geprüft, keiner geändert oder entfernt.</numerusform>
            <numerusform>Der Verlauf ist unversehrt: %n Einträge geprüft, keiner geändert oder entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>By: %1</source>
        <translation>Von: %1</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Zeigen:</translation>
    </message>
    <message>
        <source>All entries</source>
        <translation>Alle Einträge</translation>
    </message>
    <message>
        <source>Status changes</source>
        <translation>Statusänderungen</translation>
    </message>
    <message>
        <source>Changes made</source>
        <translation>Vorgenommene Änderungen</translation>
    </message>
    <message>
        <source>Warnings acknowledged</source>
        <translation>Bestätigte Warnungen</translation>
    </message>
    <message>
        <source>Kind of entries shown</source>
        <translation>Art der angezeigten Einträge</translation>
    </message>
    <message>
        <source>Find in the entries (what, who, request id, what was sent)…</source>
        <translation>In den Einträgen suchen (was, wer, Anfrage-ID, Gesendetes)…</translation>
    </message>
    <message>
        <source>Find in the history</source>
        <translation>Im Verlauf suchen</translation>
    </message>
    <message>
        <source>The history could not be checked: %1</source>
        <translation>Der Verlauf konnte nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>The history is not intact: %1</source>
        <translation>Der Verlauf ist nicht unversehrt: %1</translation>
    </message>
</context>
<context>
    <name>cd::ui::InheritanceDialog</name>
    <message>
        <source>Its &amp;own brand</source>
        <translation>&amp;Eigene Marke</translation>
    </message>
    <message>
        <source>The organization's &amp;brand</source>
        <translation>&amp;Marke der Organisation</translation>
    </message>
    <message>
        <source>Its o&amp;wn campaigns</source>
        <translation>Eigene &amp;Kampagnen</translation>
    </message>
    <message>
        <source>The organization's ca&amp;mpaigns</source>
        <translation>Kampagnen der &amp;Organisation</translation>
    </message>
    <message>
        <source>I understand that this profile &amp;stops sending until then</source>
        <translation>Mir ist klar, dass dieses Profil bis dahin &amp;nicht sendet</translation>
    </message>
    <message>
        <source>Brand and campaigns of %1</source>
        <translation>Marke und Kampagnen von %1</translation>
    </message>
    <message>
        <source>Choose where this profile's brand and campaigns come from. What the change does is shown below before anything is sent.</source>
        <translation>Wählen Sie, woher Marke und Kampagnen dieses Profils kommen. Was die Änderung bewirkt, steht unten, bevor etwas gesendet wird.</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Marke</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Kampagnen</translation>
    </message>
    <message>
        <source>Use its own brand</source>
        <translation>Eigene Marke nutzen</translation>
    </message>
    <message>
        <source>Use the organization's brand</source>
        <translation>Marke der Organisation nutzen</translation>
    </message>
    <message>
        <source>Use its own campaigns</source>
        <translation>Eigene Kampagnen nutzen</translation>
    </message>
    <message>
        <source>Use the organization's campaigns</source>
        <translation>Kampagnen der Organisation nutzen</translation>
    </message>
    <message>
        <source>What the change does</source>
        <translation>Was die Änderung bewirkt</translation>
    </message>
    <message>
        <source>The change was not made. %1</source>
        <translation>Die Änderung wurde nicht vorgenommen. %1</translation>
    </message>
    <message>
        <source>Swi&amp;tch</source>
        <translation>&amp;Umstellen</translation>
    </message>
</context>
<context>
    <name>cd::ui::InheritanceView</name>
    <message>
        <source>What the organization's profiles inherit, and how each is set up. Enter or double-click a row to see it in the tree.</source>
        <translation>Was die Profile der Organisation erben und wie jedes eingerichtet ist. Eingabetaste oder Doppelklick zeigt eine Zeile im Baum.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>The organization's brand and campaigns, and the profiles by setup</source>
        <translation>Marke und Kampagnen der Organisation und die Profile nach Einrichtung</translation>
    </message>
    <message>
        <source>The organization's brand and campaigns</source>
        <translation>Marke und Kampagnen der Organisation</translation>
    </message>
    <message>
        <source>Organization's brand</source>
        <translation>Marke der Organisation</translation>
    </message>
    <message>
        <source>Not reported yet</source>
        <translation>Noch nicht gemeldet</translation>
    </message>
    <message>
        <source>Profiles that use the organization's brand</source>
        <translation>Profile, die die Marke der Organisation nutzen</translation>
    </message>
    <message>
        <source>Profiles that use this campaign of the organization's</source>
        <translation>Profile, die diese Kampagne der Organisation nutzen</translation>
    </message>
    <message>
        <source>No profile inherits anything of the organization's yet.</source>
        <translation>Noch erbt kein Profil etwas von der Organisation.</translation>
    </message>
    <message>
        <source>Profiles by setup</source>
        <translation>Profile nach Einrichtung</translation>
    </message>
</context>
<context>
    <name>cd::ui::LinksPage</name>
    <message>
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>The brand's public pages that reviewers open.</source>
        <translation>Die öffentlichen Seiten der Marke, die Prüfer öffnen.</translation>
    </message>
    <message>
        <source>&amp;Privacy policy:</source>
        <translation>&amp;Datenschutzerklärung:</translation>
    </message>
    <message>
        <source>&amp;Terms and conditions:</source>
        <translation>&amp;Geschäftsbedingungen:</translation>
    </message>
</context>
<context>
    <name>cd::ui::LoadStatus</name>
    <message>
        <source>Loading progress</source>
        <translation>Ladefortschritt</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Reading the key of “%1” from the keychain…</source>
        <translation>Der Schlüssel von „%1“ wird aus dem Schlüsselbund gelesen …</translation>
    </message>
    <message>
        <source>Showing the tree saved %1; refreshing…</source>
        <translation>Angezeigt wird der Baum vom %1; er wird aktualisiert …</translation>
    </message>
    <message>
        <source>Loading campaigns: %1 of %2 profiles</source>
        <translation>Kampagnen werden geladen: %1 von %2 Profilen</translation>
    </message>
    <message>
        <source>Loading the organization…</source>
        <translation>Die Organisation wird geladen …</translation>
    </message>
    <message>
        <source>Offline: showing the tree saved %1</source>
        <translation>Offline: Der Baum vom %1 wird gezeigt</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Not up to date: the last refresh failed</source>
        <translation>Nicht aktuell: Die letzte Aktualisierung ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 profiles · up to date at %2</source>
        <translation>%1 Profile · aktuell um %2</translation>
    </message>
    <message>
        <source>Loading profiles: %1 of %2</source>
        <translation>Profile werden geladen: %1 von %2</translation>
    </message>
    <message>
        <source>Loading profiles…</source>
        <translation>Profile werden geladen …</translation>
    </message>
    <message>
        <source>Showing the tree saved %1; refreshing: %2 of %3 profiles read</source>
        <translation>Angezeigt wird der Baum vom %1; er wird aktualisiert: %2 von %3 Profilen gelesen</translation>
    </message>
    <message>
        <source>last current at %1</source>
        <translation>zuletzt aktuell am %1</translation>
    </message>
    <message>
        <source>Not up to date: the last refresh failed; %1</source>
        <translation>Nicht aktuell: Die letzte Aktualisierung ist fehlgeschlagen; %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 profiles · not up to date: %n campaign list(s) could not be read (Refresh to try again)</source>
        <translation>
            <numerusform>%1 Profile · nicht aktuell: %n Kampagnenliste konnte nicht gelesen werden (Aktualisieren versucht es erneut)</numerusform>
            <numerusform>%1 Profile · nicht aktuell: %n Kampagnenlisten konnten nicht gelesen werden (Aktualisieren versucht es erneut)</numerusform>
        </translation>
    </message>
    <message>
        <source>sent.dm: ready</source>
        <translation>sent.dm: bereit</translation>
    </message>
    <message>
        <source>sent.dm: busy, requests are paced</source>
        <translation>sent.dm: ausgelastet, Anfragen werden verteilt</translation>
    </message>
    <message>
        <source>sent.dm: at its request limit, waiting</source>
        <translation>sent.dm: Anfragelimit erreicht, es wird gewartet</translation>
    </message>
    <message>
        <source>sent.dm answers up to %1 requests a minute; about %2 can be made right now. Background loading keeps a reserve so that what you click is answered at once.</source>
        <translation>sent.dm beantwortet bis zu %1 Anfragen pro Minute; etwa %2 sind gerade möglich. Das Laden im Hintergrund hält eine Reserve frei, damit das, was Sie anklicken, sofort beantwortet wird.</translation>
    </message>
</context>
<context>
    <name>cd::ui::LocalFilesWatch</name>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Ausblenden</translation>
    </message>
    <message>
        <source>Close %1</source>
        <translation>%1 schließen</translation>
    </message>
</context>
<context>
    <name>cd::ui::MainWindow</name>
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
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>&amp;Expand all profiles</source>
        <translation>Alle Profile &amp;aufklappen</translation>
    </message>
    <message>
        <source>&amp;Collapse all</source>
        <translation>Alle &amp;zuklappen</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&amp;Campaign</source>
        <translation>&amp;Kampagne</translation>
    </message>
    <message numerus="yes">
        <source>%n campaign draft(s) not yet submitted.</source>
        <translation>
            <numerusform>%n Kampagnenentwurf noch nicht eingereicht.</numerusform>
            <numerusform>%n Kampagnenentwürfe noch nicht eingereicht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open drafts…</source>
        <translation>Entwürfe öffnen …</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Profil</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>De&amp;tails</translation>
    </message>
    <message>
        <source>Dash&amp;board</source>
        <translation>Ü&amp;bersicht</translation>
    </message>
    <message>
        <source>Show &amp;details</source>
        <translation>&amp;Details zeigen</translation>
    </message>
    <message>
        <source>Show dash&amp;board</source>
        <translation>Ü&amp;bersicht zeigen</translation>
    </message>
    <message>
        <source>&amp;About Compliance Desk</source>
        <translation>&amp;Über Compliance Desk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation>&amp;Details …</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Ausblenden</translation>
    </message>
    <message>
        <source>Reset the &amp;demo…</source>
        <translation>&amp;Demo zurücksetzen …</translation>
    </message>
    <message>
        <source>Reset the demo</source>
        <translation>Demo zurücksetzen</translation>
    </message>
    <message>
        <source>Start the demo organization afresh? Its profiles, brands and campaigns go back to how they started, and the demo's drafts are discarded. The local history keeps what it recorded.</source>
        <translation>Die Demo-Organisation neu beginnen? Ihre Profile, Marken und Kampagnen werden auf den Anfangszustand zurückgesetzt, und die Entwürfe der Demo werden verworfen. Der lokale Verlauf behält, was er aufgezeichnet hat.</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>Benutzer&amp;handbuch</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;What's This?</source>
        <translation>&amp;Was ist das?</translation>
    </message>
    <message>
        <source>B&amp;ulk</source>
        <translation>&amp;Sammelaktionen</translation>
    </message>
    <message numerus="yes">
        <source>%n bulk job(s) did not finish the last time.</source>
        <translation>
            <numerusform>%n Sammelauftrag wurde beim letzten Mal nicht beendet.</numerusform>
            <numerusform>%n Sammelaufträge wurden beim letzten Mal nicht beendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume…</source>
        <translation>Fortsetzen…</translation>
    </message>
    <message>
        <source>&amp;Inheritance</source>
        <translation>&amp;Vererbung</translation>
    </message>
    <message>
        <source>Show &amp;inheritance</source>
        <translation>&amp;Vererbung zeigen</translation>
    </message>
</context>
<context>
    <name>cd::ui::OptOutPage</name>
    <message>
        <source>Opt-out and help</source>
        <translation>Abmeldung und Hilfe</translation>
    </message>
    <message>
        <source>The replies to STOP and to HELP. Compliant texts are filled in; adjust them as needed.</source>
        <translation>Die Antworten auf STOP und HELP. Regelkonforme Texte sind eingetragen; passen Sie sie nach Bedarf an.</translation>
    </message>
    <message>
        <source>&amp;Opt-out message:</source>
        <translation>&amp;Abmeldenachricht:</translation>
    </message>
    <message>
        <source>Opt-out &amp;keywords:</source>
        <translation>Abmelde-&amp;Stichwörter:</translation>
    </message>
    <message>
        <source>e.g. STOP, UNSUBSCRIBE, END</source>
        <translation>z. B. STOP, UNSUBSCRIBE, END</translation>
    </message>
    <message>
        <source>&amp;Help message:</source>
        <translation>&amp;Hilfenachricht:</translation>
    </message>
    <message>
        <source>Help k&amp;eywords:</source>
        <translation>Hilfe-Stich&amp;wörter:</translation>
    </message>
    <message>
        <source>e.g. HELP, INFO</source>
        <translation>z. B. HELP, INFO</translation>
    </message>
</context>
<context>
    <name>cd::ui::OrganizationTreeView</name>
    <message>
        <source>Organization tree</source>
        <translation>Organisationsbaum</translation>
    </message>
</context>
<context>
    <name>cd::ui::ProblemLine</name>
    <message>
        <source>(+%1 more; see the tooltip)</source>
        <translation>(+%1 weitere; siehe Tooltip)</translation>
    </message>
</context>
<context>
    <name>cd::ui::ProfileActions</name>
    <message>
        <source>&amp;New profile…</source>
        <translation>&amp;Neues Profil …</translation>
    </message>
    <message>
        <source>&amp;Edit profile and brand…</source>
        <translation>Profil und Marke &amp;bearbeiten …</translation>
    </message>
    <message>
        <source>&amp;Complete setup…</source>
        <translation>Einrichtung &amp;abschließen …</translation>
    </message>
    <message>
        <source>&amp;Delete profile…</source>
        <translation>Profil &amp;löschen …</translation>
    </message>
    <message>
        <source>Create a child profile in this organization, with its brand</source>
        <translation>Ein Unterprofil in dieser Organisation anlegen, mit seiner Marke</translation>
    </message>
    <message>
        <source>Check the prerequisites and submit the profile for onboarding</source>
        <translation>Die Voraussetzungen prüfen und das Profil zum Onboarding einreichen</translation>
    </message>
    <message>
        <source>Reading the profile from sent.dm…</source>
        <translation>Das Profil wird von sent.dm gelesen …</translation>
    </message>
    <message>
        <source>The profile could not be read from sent.dm. %1</source>
        <translation>Das Profil konnte nicht von sent.dm gelesen werden. %1</translation>
    </message>
    <message>
        <source>Edit profile</source>
        <translation>Profil bearbeiten</translation>
    </message>
    <message>
        <source>sent.dm has created the profile “%1”.</source>
        <translation>sent.dm hat das Profil „%1“ angelegt.</translation>
    </message>
    <message>
        <source>sent.dm has saved the changes to “%1”.</source>
        <translation>sent.dm hat die Änderungen an „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Profil löschen</translation>
    </message>
    <message>
        <source>Delete the profile “%1”?</source>
        <translation>Das Profil „%1“ löschen?</translation>
    </message>
    <message>
        <source>sent.dm keeps its records, but the profile stops sending, and what it still holds is released:</source>
        <translation>sent.dm behält seine Unterlagen, aber das Profil sendet nicht mehr, und was es noch hält, wird freigegeben:</translation>
    </message>
    <message>
        <source>This cannot be undone from Compliance Desk.</source>
        <translation>Das kann in Compliance Desk nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>The profile “%1” was deleted.</source>
        <translation>Das Profil „%1“ wurde gelöscht.</translation>
    </message>
    <message>
        <source>“%1” was not deleted. %2</source>
        <translation>„%1“ wurde nicht gelöscht. %2</translation>
    </message>
    <message>
        <source>Complete setup</source>
        <translation>Einrichtung abschließen</translation>
    </message>
    <message>
        <source>Change &amp;inheritance…</source>
        <translation>&amp;Vererbung ändern …</translation>
    </message>
    <message>
        <source>Choose whether the profile uses its own brand and campaigns or the organization's, with what that does shown first</source>
        <translation>Wählen, ob das Profil eigene Marke und Kampagnen nutzt oder die der Organisation – mit einer Vorschau der Folgen</translation>
    </message>
    <message>
        <source>Change inheritance</source>
        <translation>Vererbung ändern</translation>
    </message>
    <message>
        <source>sent.dm has changed where “%1” gets its brand and campaigns.</source>
        <translation>sent.dm hat geändert, woher „%1“ Marke und Kampagnen bezieht.</translation>
    </message>
</context>
<context>
    <name>cd::ui::ProfileDialog</name>
    <message>
        <source>Edit profile — %1</source>
        <translation>Profil bearbeiten – %1</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Neues Profil</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>Was schiefgegangen ist</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Profil</translation>
    </message>
    <message>
        <source>&amp;Brand</source>
        <translation>&amp;Marke</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Create profile</source>
        <translation>Profil &amp;anlegen</translation>
    </message>
    <message>
        <source>The profile</source>
        <translation>Das Profil</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>e.g. Northwind Retail</source>
        <translation>z. B. Northwind Retail</translation>
    </message>
    <message>
        <source>e.g. Northwind</source>
        <translation>z. B. Northwind</translation>
    </message>
    <message>
        <source>3 to 11 letters, digits or spaces, with at least one letter. Needed to complete the profile.</source>
        <translation>3 bis 11 Buchstaben, Ziffern oder Leerzeichen, mit mindestens einem Buchstaben. Nötig, um das Profil abzuschließen.</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>What the profile sends, and to whom</source>
        <translation>Was das Profil sendet, und an wen</translation>
    </message>
    <message>
        <source>&amp;Icon:</source>
        <translation>&amp;Symbol:</translation>
    </message>
    <message>
        <source>https://example.com/logo.png</source>
        <translation>https://example.com/logo.png</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Abrechnung</translation>
    </message>
    <message>
        <source>&amp;Who pays:</source>
        <translation>&amp;Wer bezahlt:</translation>
    </message>
    <message>
        <source>Billing contact (receives the invoices)</source>
        <translation>Rechnungskontakt (erhält die Rechnungen)</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>N&amp;ame:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>billing@example.com</source>
        <translation>billing@example.com</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>+14155550100</source>
        <translation>+14155550100</translation>
    </message>
    <message>
        <source>Add&amp;ress:</source>
        <translation>A&amp;dresse:</translation>
    </message>
    <message>
        <source>From the organization</source>
        <translation>Von der Organisation</translation>
    </message>
    <message>
        <source>The organization pays: its own billing contact receives the invoices.</source>
        <translation>Die Organisation bezahlt: Ihr eigener Rechnungskontakt erhält die Rechnungen.</translation>
    </message>
    <message>
        <source>Some fields need attention before the profile can be saved; they are marked below.</source>
        <translation>Einige Felder brauchen Aufmerksamkeit, bevor das Profil gespeichert werden kann; sie sind unten markiert.</translation>
    </message>
    <message>
        <source>Nothing you typed is lost: press %1 again to retry.</source>
        <translation>Nichts, was Sie eingegeben haben, geht verloren: Drücken Sie erneut auf %1, um es noch einmal zu versuchen.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert …</translation>
    </message>
    <message>
        <source>Discard the changes to this profile?</source>
        <translation>Die Änderungen an diesem Profil verwerfen?</translation>
    </message>
    <message>
        <source>Short na&amp;me:</source>
        <translation>Kurzna&amp;me:</translation>
    </message>
    <message>
        <source>Use the &amp;organization's brand</source>
        <translation>Marke der &amp;Organisation verwenden</translation>
    </message>
    <message>
        <source>Use the organization's campai&amp;gns</source>
        <translation>Kampa&amp;gnen der Organisation verwenden</translation>
    </message>
    <message>
        <source>Who receives the invoices for this profile's messages and registration fees: the profile (it needs a billing contact of its own), the organization, or both.</source>
        <translation>Wer die Rechnungen für die Nachrichten und Registrierungsgebühren dieses Profils erhält: das Profil (es braucht dann einen eigenen Rechnungskontakt), die Organisation oder beide.</translation>
    </message>
    <message>
        <source>The profile sends under the organization's brand, which only the organization can change. Untick to give the profile a brand of its own.</source>
        <translation>Das Profil sendet unter der Marke der Organisation, die nur die Organisation ändern kann. Abwählen, um dem Profil eine eigene Marke zu geben.</translation>
    </message>
    <message>
        <source>The profile sends under the organization's campaigns, read-only here. Untick to give it campaigns of its own; the organization's then no longer apply to it.</source>
        <translation>Das Profil sendet unter den Kampagnen der Organisation, hier schreibgeschützt. Abwählen, um ihm eigene Kampagnen zu geben; die der Organisation gelten dann nicht mehr für es.</translation>
    </message>
</context>
<context>
    <name>cd::ui::ProfileFieldsDialog</name>
    <message>
        <source>Leave as it is</source>
        <translation>Unverändert lassen</translation>
    </message>
    <message numerus="yes">
        <source>Change %n profile(s)</source>
        <translation>
            <numerusform>%n Profil ändern</numerusform>
            <numerusform>%n Profile ändern</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose what every selected profile gets. Nothing is sent before you have seen the plan, profile by profile.</source>
        <translation>Wählen Sie, was jedes gewählte Profil bekommt. Nichts wird gesendet, bevor Sie den Plan Profil für Profil gesehen haben.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Who pays for messages</source>
        <translation>Wer die Nachrichten bezahlt</translation>
    </message>
    <message>
        <source>Uses the organization's brand</source>
        <translation>Verwendet die Marke der Organisation</translation>
    </message>
    <message>
        <source>Uses the organization's campaigns</source>
        <translation>Verwendet die Kampagnen der Organisation</translation>
    </message>
    <message>
        <source>The brand's industry</source>
        <translation>Branche der Marke</translation>
    </message>
    <message>
        <source>The brand's relationship with sent.dm</source>
        <translation>Beziehung der Marke zu sent.dm</translation>
    </message>
    <message>
        <source>&amp;Who pays for messages:</source>
        <translation>&amp;Wer die Nachrichten bezahlt:</translation>
    </message>
    <message>
        <source>Uses the organization's &amp;brand:</source>
        <translation>Verwendet die &amp;Marke der Organisation:</translation>
    </message>
    <message>
        <source>Uses the organization's ca&amp;mpaigns:</source>
        <translation>Verwendet die &amp;Kampagnen der Organisation:</translation>
    </message>
    <message>
        <source>The brand's &amp;industry:</source>
        <translation>&amp;Branche der Marke:</translation>
    </message>
    <message>
        <source>The brand's &amp;relationship:</source>
        <translation>Be&amp;ziehung der Marke:</translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation>&amp;Vorschau…</translation>
    </message>
    <message>
        <source>Countries the brand messages</source>
        <translation>Länder, in die die Marke Nachrichten sendet</translation>
    </message>
    <message>
        <source>Leave as it is, or e.g. US CA (two letters each, the main one first)</source>
        <translation>Unverändert lassen, oder z. B. US CA (je zwei Buchstaben, das wichtigste zuerst)</translation>
    </message>
    <message>
        <source>Coun&amp;tries it messages:</source>
        <translation>&amp;Empfängerländer:</translation>
    </message>
</context>
<context>
    <name>cd::ui::ReportActions</name>
    <message>
        <source>E&amp;xport compliance report…</source>
        <translation>Compliance-Bericht e&amp;xportieren …</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Verlauf …</translation>
    </message>
    <message>
        <source>The organization's compliance report, or the selected profile's or campaign's, as PDF or CSV</source>
        <translation>Der Compliance-Bericht der Organisation oder des gewählten Profils bzw. der gewählten Kampagne, als PDF oder CSV</translation>
    </message>
    <message>
        <source>What this computer has seen and sent for the selected profile or campaign</source>
        <translation>Was dieser Computer für das gewählte Profil oder die gewählte Kampagne gesehen und gesendet hat</translation>
    </message>
    <message>
        <source>Export compliance report</source>
        <translation>Compliance-Bericht exportieren</translation>
    </message>
    <message>
        <source>The report was not exported. %1</source>
        <translation>Der Bericht wurde nicht exportiert. %1</translation>
    </message>
    <message numerus="yes">
        <source>Report saved: %1 (%n profile(s))</source>
        <translation>
            <numerusform>Bericht gespeichert: %1 (%n Profil)</numerusform>
            <numerusform>Bericht gespeichert: %1 (%n Profile)</numerusform>
        </translation>
    </message>
    <message>
        <source>Export compliance report: %1</source>
        <translation>Compliance-Bericht exportieren: %1</translation>
    </message>
    <message>
        <source>PDF document (*.pdf);;CSV for spreadsheets (*.csv)</source>
        <translation>PDF-Dokument (*.pdf);;CSV für Tabellenkalkulationen (*.csv)</translation>
    </message>
    <message>
        <source>Gathering the organization from this computer's copy…</source>
        <translation>Die Organisation wird aus der Kopie dieses Computers zusammengestellt …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>cd::ui::ReviewPage</name>
    <message>
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Errors must be fixed; each warning must be acknowledged. Double-click a finding to go to its field.</source>
        <translation>Fehler müssen behoben, jede Warnung bestätigt werden. Doppelklicken Sie auf einen Befund, um zu seinem Feld zu gelangen.</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>The request that will be sent</source>
        <translation>Die Anfrage, die gesendet wird</translation>
    </message>
    <message>
        <source>Check with sent.dm (dry run)</source>
        <translation>Bei sent.dm prüfen (Probelauf)</translation>
    </message>
    <message>
        <source>sent.dm validates the campaign with "sandbox": true; nothing is created.</source>
        <translation>sent.dm prüft die Kampagne mit "sandbox": true; es wird nichts angelegt.</translation>
    </message>
    <message>
        <source>Import JSON…</source>
        <translation>JSON importieren …</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>JSON exportieren …</translation>
    </message>
    <message>
        <source>Sending to sent.dm…</source>
        <translation>Wird an sent.dm gesendet …</translation>
    </message>
    <message>
        <source>sent.dm accepts this campaign as it is (dry run: nothing was created).</source>
        <translation>sent.dm akzeptiert diese Kampagne so, wie sie ist (Probelauf: Es wurde nichts angelegt).</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>Änderungen &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;Submit to sent.dm</source>
        <translation>Bei sent.dm &amp;einreichen</translation>
    </message>
    <message>
        <source>Errors: fix these</source>
        <translation>Fehler: diese beheben</translation>
    </message>
    <message>
        <source>Warnings: acknowledge each, or fix it</source>
        <translation>Warnungen: jede bestätigen oder beheben</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Predicted rejection: %1</source>
        <translation>Erwartete Ablehnung: %1</translation>
    </message>
    <message>
        <source>Tick to acknowledge: you know, and submit anyway. Predicted rejection: %1</source>
        <translation>Ankreuzen zum Bestätigen: Sie wissen Bescheid und reichen trotzdem ein. Erwartete Ablehnung: %1</translation>
    </message>
    <message>
        <source>sent.dm refused these fields</source>
        <translation>sent.dm hat diese Felder abgelehnt</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) to fix before this can be submitted.</source>
        <translation>
            <numerusform>%n Fehler ist vor dem Einreichen zu beheben.</numerusform>
            <numerusform>%n Fehler sind vor dem Einreichen zu beheben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No errors. %n warning(s) still to acknowledge.</source>
        <translation>
            <numerusform>Keine Fehler. %n Warnung ist noch zu bestätigen.</numerusform>
            <numerusform>Keine Fehler. %n Warnungen sind noch zu bestätigen.</numerusform>
        </translation>
    </message>
    <message>
        <source>No errors, and every warning acknowledged: ready to submit.</source>
        <translation>Keine Fehler, jede Warnung bestätigt: bereit zum Einreichen.</translation>
    </message>
    <message>
        <source>The fields sent.dm refused are listed above; double-click one to fix it.</source>
        <translation>Die von sent.dm abgelehnten Felder stehen oben; doppelklicken Sie auf eines, um es zu korrigieren.</translation>
    </message>
    <message>
        <source>Your work is kept as a draft. Submit again to retry: it cannot create the campaign twice.</source>
        <translation>Ihre Arbeit bleibt als Entwurf erhalten. Reichen Sie erneut ein, um es nochmals zu versuchen: Die Kampagne kann dabei nicht doppelt entstehen.</translation>
    </message>
    <message>
        <source>Import a campaign</source>
        <translation>Eine Kampagne importieren</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 could not be read as a campaign: %2</source>
        <translation>%1 konnte nicht als Kampagne gelesen werden: %2</translation>
    </message>
    <message>
        <source>Imported %1. The pages show it; check them before submitting.</source>
        <translation>%1 importiert. Die Seiten zeigen sie; prüfen Sie sie vor dem Einreichen.</translation>
    </message>
    <message>
        <source>Export the campaign</source>
        <translation>Die Kampagne exportieren</translation>
    </message>
    <message>
        <source>campaign.json</source>
        <translation>kampagne.json</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Nach %1 exportiert.</translation>
    </message>
</context>
<context>
    <name>cd::ui::SelectionDetails</name>
    <message>
        <source>Loading</source>
        <translation>Wird geladen</translation>
    </message>
    <message>
        <source>The campaigns of %1 are on their way.</source>
        <translation>Die Kampagnen von %1 sind unterwegs.</translation>
    </message>
    <message>
        <source>Campaigns not loaded</source>
        <translation>Kampagnen nicht geladen</translation>
    </message>
    <message>
        <source>Press Enter on the row, or double-click it, to try again.</source>
        <translation>Drücken Sie auf der Zeile die Eingabetaste oder doppelklicken Sie sie, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <source>Details not available</source>
        <translation>Details nicht verfügbar</translation>
    </message>
    <message>
        <source>This item's details could not be read from this computer's copy. Refresh (F5) to fetch them again.</source>
        <translation>Die Details dieses Eintrags konnten nicht aus der Kopie auf diesem Computer gelesen werden. Aktualisieren Sie (F5), um sie erneut abzurufen.</translation>
    </message>
    <message>
        <source>Set up as</source>
        <translation>Eingerichtet als</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Marke</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Kampagnen</translation>
    </message>
    <message>
        <source>Sends under</source>
        <translation>Sendet unter</translation>
    </message>
    <message>
        <source>No campaign yet</source>
        <translation>Noch keine Kampagne</translation>
    </message>
</context>
<context>
    <name>cd::ui::SessionBanner</name>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Enter the key…</source>
        <translation>Schlüssel eingeben …</translation>
    </message>
    <message>
        <source>Until then, the tree shows what was loaded before.</source>
        <translation>Bis dahin zeigt der Baum, was zuvor geladen wurde.</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>The tree could not be refreshed; it shows what was loaded before.</source>
        <translation>Der Baum konnte nicht aktualisiert werden; er zeigt, was vorher geladen war.</translation>
    </message>
    <message>
        <source>The organization could not be loaded.</source>
        <translation>Die Organisation konnte nicht geladen werden.</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation>Diese Meldung schließen</translation>
    </message>
</context>
<context>
    <name>cd::ui::StatusWatch</name>
    <message>
        <source>Check &amp;statuses now</source>
        <translation>&amp;Status jetzt prüfen</translation>
    </message>
    <message>
        <source>&amp;Notify me of status changes</source>
        <translation>Bei Statusänderungen &amp;benachrichtigen</translation>
    </message>
    <message>
        <source>Status checks</source>
        <translation>Statusprüfungen</translation>
    </message>
    <message>
        <source>Ask sent.dm now about everything still in review, instead of at the next check</source>
        <translation>sent.dm jetzt nach allem fragen, was noch in Prüfung ist, statt bei der nächsten Prüfung</translation>
    </message>
    <message>
        <source>Show a desktop notification when a profile or campaign of this connection changes status</source>
        <translation>Eine Desktop-Benachrichtigung zeigen, wenn ein Profil oder eine Kampagne dieser Verbindung den Status ändert</translation>
    </message>
    <message>
        <source>Status checks paused: offline</source>
        <translation>Statusprüfungen pausiert: offline</translation>
    </message>
    <message>
        <source>They start again by themselves within a minute.</source>
        <translation>Sie starten innerhalb einer Minute von selbst wieder.</translation>
    </message>
    <message numerus="yes">
        <source>Watching %n item(s) in review</source>
        <translation>
            <numerusform>%n Element in Prüfung wird beobachtet</numerusform>
            <numerusform>%n Elemente in Prüfung werden beobachtet</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing in review</source>
        <translation>Nichts in Prüfung</translation>
    </message>
    <message>
        <source>Items in review are checked now and then, less often the longer they stay the same. Check statuses now: Ctrl+Shift+R.</source>
        <translation>Elemente in Prüfung werden ab und zu abgefragt, seltener, je länger sie unverändert bleiben. Status jetzt prüfen: Strg+Umschalt+R.</translation>
    </message>
    <message>
        <source>Checking the statuses of everything in review…</source>
        <translation>Der Status von allem, was in Prüfung ist, wird geprüft …</translation>
    </message>
    <message>
        <source>Profile status changed</source>
        <translation>Profilstatus geändert</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>Campaign status changed</source>
        <translation>Kampagnenstatus geändert</translation>
    </message>
    <message>
        <source>%1 (%2): %3 → %4</source>
        <translation>%1 (%2): %3 → %4</translation>
    </message>
</context>
<context>
    <name>cd::ui::TreeContextMenu</name>
    <message>
        <source>Open the context menu</source>
        <translation>Kontextmenü öffnen</translation>
    </message>
</context>
<context>
    <name>cd::ui::TreeFilters</name>
    <message>
        <source>Nothing matches the search and filters.</source>
        <translation>Nichts passt zu Suche und Filtern.</translation>
    </message>
    <message>
        <source>Search name, id, status, use case…</source>
        <translation>Name, ID, Status, Anwendungsfall suchen …</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Show &amp;everything</source>
        <translation>&amp;Alles zeigen</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>Needs attention only</source>
        <translation>Nur mit Handlungsbedarf</translation>
    </message>
    <message>
        <source>Use case</source>
        <translation>Anwendungsfall</translation>
    </message>
    <message>
        <source>Any use case</source>
        <translation>Jeder Anwendungsfall</translation>
    </message>
    <message>
        <source>Filters in use</source>
        <translation>Aktive Filter</translation>
    </message>
    <message>
        <source>Sho&amp;w everything</source>
        <translation>Alles an&amp;zeigen</translation>
    </message>
    <message>
        <source>Clear the search and every filter</source>
        <translation>Suche und alle Filter zurücksetzen</translation>
    </message>
    <message>
        <source>profiles that are %1</source>
        <translation>Profile mit Status „%1“</translation>
    </message>
    <message>
        <source>campaigns that are %1</source>
        <translation>Kampagnen mit Status „%1“</translation>
    </message>
    <message>
        <source>profiles and campaigns that are %1</source>
        <translation>Profile und Kampagnen mit Status „%1“</translation>
    </message>
    <message>
        <source>campaigns for %1</source>
        <translation>Kampagnen für %1</translation>
    </message>
    <message>
        <source>profiles with brand identity “%1”</source>
        <translation>Profile mit Marken-Identität „%1“</translation>
    </message>
    <message>
        <source>what needs attention</source>
        <translation>was Aufmerksamkeit braucht</translation>
    </message>
    <message>
        <source>matching “%1”</source>
        <translation>passend zu „%1“</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>Showing only %1.</source>
        <translation>Nur angezeigt: %1.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>use case “%1”</source>
        <translation>Anwendungsfall „%1“</translation>
    </message>
    <message>
        <source>Brand and campaigns from</source>
        <translation>Marke und Kampagnen von</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Beliebig</translation>
    </message>
    <message>
        <source>profiles set up with “%1”</source>
        <translation>Profile mit „%1“</translation>
    </message>
</context>
<context>
    <name>cd::ui::UseCaseBox</name>
    <message>
        <source>Use case %1</source>
        <translation>Anwendungsfall %1</translation>
    </message>
    <message>
        <source>Use case %1 type</source>
        <translation>Typ von Anwendungsfall %1</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>Use case %1, sample message %2</source>
        <translation>Anwendungsfall %1, Beispielnachricht %2</translation>
    </message>
    <message>
        <source>The whole message as it arrives, e.g. “%1: Hi {name}, your appointment is on {date}. Reply STOP to opt out.”</source>
        <translation>Die ganze Nachricht, wie sie ankommt, z. B. „%1: Hi {name}, your appointment is on {date}. Reply STOP to opt out.“</translation>
    </message>
    <message>
        <source>Sample %1:</source>
        <translation>Beispiel %1:</translation>
    </message>
    <message>
        <source>Add a sample</source>
        <translation>Beispiel hinzufügen</translation>
    </message>
    <message>
        <source>Remove this use case</source>
        <translation>Diesen Anwendungsfall entfernen</translation>
    </message>
</context>
<context>
    <name>cd::ui::UseCasesPage</name>
    <message>
        <source>Use cases and sample messages</source>
        <translation>Anwendungsfälle und Beispielnachrichten</translation>
    </message>
    <message>
        <source>Each kind of message the program sends, with 1 to 5 real examples. Write placeholders for what changes, e.g. {name} or {date}; name the brand and say how to opt out.</source>
        <translation>Jede Art von Nachricht, die das Programm sendet, mit 1 bis 5 echten Beispielen. Schreiben Sie Platzhalter für Veränderliches, z. B. {name} oder {date}; nennen Sie die Marke und sagen Sie, wie man sich abmeldet.</translation>
    </message>
    <message>
        <source>Add a use case</source>
        <translation>Anwendungsfall hinzufügen</translation>
    </message>
</context>
<context>
    <name>cd::ui::WizardSteps</name>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Schritt %1 von %2: %3</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Compliance Desk without a window: sent.dm profiles, brands and campaigns from the command line.</source>
        <translation>Compliance Desk ohne Fenster: sent.dm-Profile, Marken und Kampagnen auf der Kommandozeile.</translation>
    </message>
    <message>
        <source>Who the API key belongs to.</source>
        <translation>Wem der API-Schlüssel gehört.</translation>
    </message>
    <message>
        <source>The organization's sender profiles with their brand status.</source>
        <translation>Die Absenderprofile der Organisation mit dem Status ihrer Marke.</translation>
    </message>
    <message>
        <source>One profile and its brand in detail.</source>
        <translation>Ein Profil und seine Marke im Detail.</translation>
    </message>
    <message>
        <source>A profile's campaigns (inherited ones included).</source>
        <translation>Die Kampagnen eines Profils (geerbte eingeschlossen).</translation>
    </message>
    <message>
        <source>The whole organization: profiles, brands and campaigns.</source>
        <translation>Die ganze Organisation: Profile, Marken und Kampagnen.</translation>
    </message>
    <message>
        <source>Create a campaign from FILE (the API's campaign object). --sandbox validates only.</source>
        <translation>Eine Kampagne aus DATEI anlegen (das campaign-Objekt der API). --sandbox prüft nur.</translation>
    </message>
    <message>
        <source>Replace a campaign with FILE (refused once it was submitted to TCR).</source>
        <translation>Eine Kampagne durch DATEI ersetzen (abgelehnt, sobald sie bei TCR eingereicht wurde).</translation>
    </message>
    <message>
        <source>Delete a campaign.</source>
        <translation>Eine Kampagne löschen.</translation>
    </message>
    <message>
        <source>Start the profile's completion; sent.dm calls URL once when it finishes.</source>
        <translation>Den Abschluss des Profils starten; sent.dm ruft URL einmal auf, wenn er fertig ist.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>Umgebung:</translation>
    </message>
    <message>
        <source>  SENT_BASE_URL     the API's address when --base-url is not given</source>
        <translation>  SENT_BASE_URL     die Adresse der API, wenn --base-url fehlt</translation>
    </message>
    <message>
        <source>Exit codes:</source>
        <translation>Exit-Codes:</translation>
    </message>
    <message>
        <source>  0  done</source>
        <translation>  0  erledigt</translation>
    </message>
    <message>
        <source>  2  usage: bad arguments, unreadable file, no API key</source>
        <translation>  2  Aufruf: falsche Argumente, unlesbare Datei, kein API-Schlüssel</translation>
    </message>
    <message>
        <source>  3  could not connect or authenticate (network, TLS, timeout, key refused)</source>
        <translation>  3  keine Verbindung oder Anmeldung (Netzwerk, TLS, Zeitüberschreitung, Schlüssel abgelehnt)</translation>
    </message>
    <message>
        <source>  4  sent.dm failed (server error, rate limit, unreadable answer, partial results)</source>
        <translation>  4  sent.dm ist gescheitert (Serverfehler, Ratenlimit, unlesbare Antwort, Teilergebnisse)</translation>
    </message>
    <message>
        <source>The API's address (default https://api.sent.dm).</source>
        <translation>Die Adresse der API (Standard: https://api.sent.dm).</translation>
    </message>
    <message>
        <source>Print JSON for machines instead of tables.</source>
        <translation>JSON für Programme statt Tabellen ausgeben.</translation>
    </message>
    <message>
        <source>No progress or notes on stderr.</source>
        <translation>Kein Fortschritt und keine Hinweise auf stderr.</translation>
    </message>
    <message>
        <source>Log every request on stderr (API keys redacted).</source>
        <translation>Jede Anfrage auf stderr protokollieren (API-Schlüssel geschwärzt).</translation>
    </message>
    <message>
        <source>Changes: validate only; sent.dm stores nothing.</source>
        <translation>Änderungen: nur prüfen; sent.dm speichert nichts.</translation>
    </message>
    <message>
        <source>complete: the URL sent.dm calls when done.</source>
        <translation>complete: die URL, die sent.dm am Ende aufruft.</translation>
    </message>
    <message>
        <source>What to do (see Commands).</source>
        <translation>Was zu tun ist (siehe Befehle).</translation>
    </message>
    <message>
        <source>Unknown command: %1. See --help.</source>
        <translation>Unbekannter Befehl: %1. Siehe --help.</translation>
    </message>
    <message>
        <source>Usage: compliance-desk-cli %1 %2</source>
        <translation>Aufruf: compliance-desk-cli %1 %2</translation>
    </message>
    <message>
        <source>Sandbox: sent.dm accepted the campaign; nothing was stored.</source>
        <translation>Sandbox: sent.dm hat die Kampagne akzeptiert; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>(The request had already been carried out; this is its original answer, request %1.)</source>
        <translation>(Die Anfrage war bereits ausgeführt; dies ist ihre ursprüngliche Antwort, Anfrage %1.)</translation>
    </message>
    <message>
        <source>This profile has no campaigns yet.</source>
        <translation>Dieses Profil hat noch keine Kampagnen.</translation>
    </message>
    <message numerus="yes">
        <source>%n campaign(s).</source>
        <translation>
            <numerusform>%n Kampagne.</numerusform>
            <numerusform>%n Kampagnen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Created campaign %1.</source>
        <translation>Kampagne %1 angelegt.</translation>
    </message>
    <message>
        <source>Updated campaign %1.</source>
        <translation>Kampagne %1 aktualisiert.</translation>
    </message>
    <message>
        <source>Sandbox: the campaign could be deleted; nothing was changed.</source>
        <translation>Sandbox: Die Kampagne könnte gelöscht werden; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Deleted campaign %1.</source>
        <translation>Kampagne %1 gelöscht.</translation>
    </message>
    <message>
        <source>%1 requests, %2 retried, %3 rate-limited (429) answers.</source>
        <translation>%1 Anfragen, %2 wiederholt, %3 Antworten mit Ratenlimit (429).</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Code: %1 (HTTP %2) on %3</source>
        <translation>Code: %1 (HTTP %2) bei %3</translation>
    </message>
    <message numerus="yes">
        <source>Gave up after %n attempt(s).</source>
        <translation>
            <numerusform>Nach %n Versuch aufgegeben.</numerusform>
            <numerusform>Nach %n Versuchen aufgegeben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2 (at byte %3).</source>
        <translation>%1 ist kein gültiges JSON: %2 (bei Byte %3).</translation>
    </message>
    <message>
        <source>Note: %1 ignores fields a campaign request does not have: %2</source>
        <translation>Hinweis: %1 – Felder, die eine Kampagnen-Anfrage nicht kennt, werden ignoriert: %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>SHORT NAME</source>
        <translation>KURZNAME</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>BRAND</source>
        <translation>MARKE</translation>
    </message>
    <message>
        <source>UPDATED</source>
        <translation>GEÄNDERT</translation>
    </message>
    <message>
        <source>inherited</source>
        <translation>geerbt</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1 (inherited)</source>
        <translation>%1 (geerbt)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Kurzname</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Billing model</source>
        <translation>Abrechnungsmodell</translation>
    </message>
    <message>
        <source>Billing contact</source>
        <translation>Rechnungskontakt</translation>
    </message>
    <message>
        <source>Inherits brand</source>
        <translation>Erbt Marke</translation>
    </message>
    <message>
        <source>Inherits campaigns</source>
        <translation>Erbt Kampagnen</translation>
    </message>
    <message>
        <source>SMS number</source>
        <translation>SMS-Nummer</translation>
    </message>
    <message>
        <source>WhatsApp number</source>
        <translation>WhatsApp-Nummer</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Brand (inherited from the organization)</source>
        <translation>Marke (von der Organisation geerbt)</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Marke</translation>
    </message>
    <message>
        <source>Brand status</source>
        <translation>Markenstatus</translation>
    </message>
    <message>
        <source>Identity status</source>
        <translation>Identitätsstatus</translation>
    </message>
    <message>
        <source>Submitted to TCR</source>
        <translation>Bei TCR eingereicht</translation>
    </message>
    <message>
        <source>TCR brand ID</source>
        <translation>TCR-Marken-ID</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Firmenname</translation>
    </message>
    <message>
        <source>Entity type</source>
        <translation>Rechtsform</translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation>Steuernummer</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <source>Vertical</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>TCR application</source>
        <translation>TCR-Antrag</translation>
    </message>
    <message>
        <source>Main country</source>
        <translation>Hauptland</translation>
    </message>
    <message>
        <source>Brand: the organization's (inherited)</source>
        <translation>Marke: die der Organisation (geerbt)</translation>
    </message>
    <message>
        <source>Brand: none yet</source>
        <translation>Marke: noch keine</translation>
    </message>
    <message>
        <source>USE CASES</source>
        <translation>ANWENDUNGSFÄLLE</translation>
    </message>
    <message>
        <source>TCR ID</source>
        <translation>TCR-ID</translation>
    </message>
    <message>
        <source>INHERITED</source>
        <translation>GEERBT</translation>
    </message>
    <message>
        <source>“%1” (%2), id %3</source>
        <translation>„%1“ (%2), ID %3</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>configured</source>
        <translation>eingerichtet</translation>
    </message>
    <message>
        <source>not configured</source>
        <translation>nicht eingerichtet</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>This organization has no sender profiles yet.</source>
        <translation>Diese Organisation hat noch keine Absenderprofile.</translation>
    </message>
    <message numerus="yes">
        <source>%n profile(s).</source>
        <translation>
            <numerusform>%n Profil.</numerusform>
            <numerusform>%n Profile.</numerusform>
        </translation>
    </message>
    <message>
        <source>complete needs --webhook URL: sent.dm calls it once when the profile's setup finishes.</source>
        <translation>complete braucht --webhook URL: sent.dm ruft sie einmal auf, wenn die Einrichtung des Profils abgeschlossen ist.</translation>
    </message>
    <message>
        <source>--webhook must be an http or https URL, not “%1”.</source>
        <translation>--webhook muss eine http- oder https-URL sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>Sandbox: the prerequisites pass; nothing was started.</source>
        <translation>Sandbox: Die Voraussetzungen sind erfüllt; es wurde nichts gestartet.</translation>
    </message>
    <message>
        <source>Completion of profile %1 started. sent.dm calls %2 once when it finishes; the callback may not reach you, so check with: compliance-desk-cli profile %1</source>
        <translation>Der Abschluss von Profil %1 wurde gestartet. sent.dm ruft %2 einmal auf, wenn er fertig ist; der Rückruf erreicht Sie vielleicht nicht, prüfen Sie daher mit: compliance-desk-cli profile %1</translation>
    </message>
    <message>
        <source>Nothing to start: %1 (status: %2).</source>
        <translation>Nichts zu starten: %1 (Status: %2).</translation>
    </message>
    <message>
        <source>the profile is already complete</source>
        <translation>das Profil ist bereits abgeschlossen</translation>
    </message>
    <message>
        <source>%1 “%2” (%3)</source>
        <translation>%1 „%2“ (%3)</translation>
    </message>
    <message>
        <source>%1 [%2] brand: %3 (%4)</source>
        <translation>%1 [%2] Marke: %3 (%4)</translation>
    </message>
    <message>
        <source>campaigns could not be loaded: %1</source>
        <translation>Kampagnen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>%1 [%2] %3%4 (%5)</source>
        <translation>%1 [%2] %3%4 (%5)</translation>
    </message>
    <message>
        <source>, inherited</source>
        <translation>, geerbt</translation>
    </message>
    <message>
        <source>Loading campaigns:</source>
        <translation>Kampagnen werden geladen:</translation>
    </message>
    <message>
        <source>%1 profiles, %2 campaigns.</source>
        <translation>%1 Profile, %2 Kampagnen.</translation>
    </message>
    <message numerus="yes">
        <source>The campaigns of %n profile(s) could not be loaded.</source>
        <translation>
            <numerusform>Die Kampagnen von %n Profil konnten nicht geladen werden.</numerusform>
            <numerusform>Die Kampagnen von %n Profilen konnten nicht geladen werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>--idempotency-key takes 1 to 255 letters, digits, “-” and “_”.</source>
        <translation>--idempotency-key nimmt 1 bis 255 Buchstaben, Ziffern, „-“ und „_“.</translation>
    </message>
    <message>
        <source>Saved connections. add reads the key from standard input, checks it and keeps it in the system keychain.</source>
        <translation>Gespeicherte Verbindungen. add liest den Schlüssel von der Standardeingabe, prüft ihn und legt ihn im Schlüsselbund des Systems ab.</translation>
    </message>
    <message>
        <source>  SENT_DM_API_KEY   the API key (never pass it on the command line); without it and without</source>
        <translation>  SENT_DM_API_KEY   der API-Schlüssel (nie auf der Befehlszeile übergeben); ohne ihn und ohne</translation>
    </message>
    <message>
        <source>                    --connection, the current saved connection is used</source>
        <translation>                    --connection wird die aktuelle gespeicherte Verbindung verwendet</translation>
    </message>
    <message>
        <source>  5  the system keychain could not be used</source>
        <translation>  5  der Schlüsselbund des Systems war nicht nutzbar</translation>
    </message>
    <message>
        <source>Use this saved connection (its address, and its key from the keychain).</source>
        <translation>Diese gespeicherte Verbindung verwenden (ihre Adresse und ihren Schlüssel aus dem Schlüsselbund).</translation>
    </message>
    <message>
        <source>--connection and --base-url cannot be used together: the connection has its address.</source>
        <translation>--connection und --base-url können nicht zusammen verwendet werden: Die Verbindung hat ihre eigene Adresse.</translation>
    </message>
    <message>
        <source>There is no connection named “%1”. See: compliance-desk-cli connections list</source>
        <translation>Es gibt keine Verbindung namens „%1“. Siehe: compliance-desk-cli connections list</translation>
    </message>
    <message>
        <source>No API key. Set SENT_DM_API_KEY to the organization's API key (the sent.dm dashboard, Settings → API Keys), or save one with: compliance-desk-cli connections add NAME</source>
        <translation>Kein API-Schlüssel. Setzen Sie SENT_DM_API_KEY auf den API-Schlüssel der Organisation (sent.dm-Dashboard, Settings → API Keys) oder speichern Sie einen mit: compliance-desk-cli connections add NAME</translation>
    </message>
    <message>
        <source>--base-url needs SENT_DM_API_KEY; the saved connection “%1” has its own address.</source>
        <translation>--base-url braucht SENT_DM_API_KEY; die gespeicherte Verbindung „%1“ hat ihre eigene Adresse.</translation>
    </message>
    <message>
        <source>API key (not shown): </source>
        <translation>API-Schlüssel (wird nicht angezeigt): </translation>
    </message>
    <message>
        <source>Usage: compliance-desk-cli connections add NAME [--base-url URL] &lt; key</source>
        <translation>Aufruf: compliance-desk-cli connections add NAME [--base-url URL] &lt; schlüssel</translation>
    </message>
    <message>
        <source>No API key on standard input.</source>
        <translation>Kein API-Schlüssel auf der Standardeingabe.</translation>
    </message>
    <message>
        <source>Checking the key with %1…</source>
        <translation>Der Schlüssel wird bei %1 geprüft …</translation>
    </message>
    <message>
        <source>Saved connection “%1”: %2 “%3”. The key is in the system keychain; it is now the current connection.</source>
        <translation>Verbindung „%1“ gespeichert: %2 „%3“. Der Schlüssel liegt im Schlüsselbund des Systems; sie ist jetzt die aktuelle Verbindung.</translation>
    </message>
    <message>
        <source>No saved connections. Add one with: compliance-desk-cli connections add NAME</source>
        <translation>Keine gespeicherten Verbindungen. Fügen Sie eine hinzu mit: compliance-desk-cli connections add NAME</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADRESSE</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>SCHLÜSSEL</translation>
    </message>
    <message>
        <source>ACCOUNT</source>
        <translation>KONTO</translation>
    </message>
    <message>
        <source>There is no connection named “%1”.</source>
        <translation>Es gibt keine Verbindung namens „%1“.</translation>
    </message>
    <message>
        <source>Removed connection “%1” and its key.</source>
        <translation>Verbindung „%1“ und ihr Schlüssel wurden entfernt.</translation>
    </message>
    <message>
        <source>“%1” is now the current connection.</source>
        <translation>„%1“ ist jetzt die aktuelle Verbindung.</translation>
    </message>
    <message>
        <source>Usage: compliance-desk-cli connections list | add NAME [--base-url URL] | remove NAME | use NAME</source>
        <translation>Aufruf: compliance-desk-cli connections list | add NAME [--base-url URL] | remove NAME | use NAME</translation>
    </message>
    <message>
        <source>Check a campaign (the API's campaign object) against the registry's rules before submitting it. --profile also checks it against that profile's brand and settings. Exits 1 when it has errors.</source>
        <translation>Eine Kampagne (das Kampagnenobjekt der API) vor dem Einreichen gegen die Regeln der Registry prüfen. --profile prüft sie auch gegen die Marke und die Einstellungen dieses Profils. Endet mit 1, wenn sie Fehler hat.</translation>
    </message>
    <message>
        <source>lint: the profile the campaign is for.</source>
        <translation>lint: das Profil, für das die Kampagne ist.</translation>
    </message>
    <message>
        <source>(the campaign)</source>
        <translation>(die Kampagne)</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Abhilfe: %1</translation>
    </message>
    <message>
        <source>Predicted rejection: %1</source>
        <translation>Erwartete Ablehnung: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n error(s), </source>
        <translation>
            <numerusform>%1: %n Fehler, </numerusform>
            <numerusform>%1: %n Fehler, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s), </source>
        <translation>
            <numerusform>%n Warnung, </numerusform>
            <numerusform>%n Warnungen, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n Hinweis</numerusform>
            <numerusform>%n Hinweise</numerusform>
        </translation>
    </message>
    <message>
        <source> (rules %1)</source>
        <translation> (Regeln %1)</translation>
    </message>
    <message>
        <source>Create a child profile from FILE (name, short_name, description, inheritance, brand…). --sandbox validates only.</source>
        <translation>Ein untergeordnetes Profil aus FILE anlegen (name, short_name, description, Vererbung, brand …). --sandbox prüft nur.</translation>
    </message>
    <message>
        <source>Change a profile: only the fields FILE has (a brand submitted to TCR cannot change).</source>
        <translation>Ein Profil ändern: nur die Felder, die FILE enthält (eine bei TCR eingereichte Marke kann sich nicht ändern).</translation>
    </message>
    <message>
        <source>Delete a profile; its phone numbers are released.</source>
        <translation>Ein Profil löschen; seine Telefonnummern werden freigegeben.</translation>
    </message>
    <message>
        <source>%1 must hold a JSON object: %2</source>
        <translation>%1 muss ein JSON-Objekt enthalten: %2</translation>
    </message>
    <message>
        <source>the campaign as the API's “campaign” field has it.</source>
        <translation>die Kampagne, wie sie im Feld „campaign“ der API steht.</translation>
    </message>
    <message>
        <source>Sandbox: sent.dm accepted the profile; nothing was stored.</source>
        <translation>Sandbox: sent.dm hat das Profil akzeptiert; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>the profile as the API takes it (name, short_name, description, brand, …).</source>
        <translation>das Profil, wie die API es annimmt (name, short_name, description, brand, …).</translation>
    </message>
    <message>
        <source>Created profile “%1” (%2).</source>
        <translation>Profil „%1“ (%2) angelegt.</translation>
    </message>
    <message>
        <source>Updated profile “%1” (%2).</source>
        <translation>Profil „%1“ (%2) geändert.</translation>
    </message>
    <message>
        <source>Sandbox: the profile could be deleted; nothing was changed.</source>
        <translation>Sandbox: Das Profil könnte gelöscht werden; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Deleted profile %1. Its phone numbers are released and its own WhatsApp account deregistered.</source>
        <translation>Profil %1 gelöscht. Seine Telefonnummern sind freigegeben und sein eigenes WhatsApp-Konto abgemeldet.</translation>
    </message>
    <message>
        <source>Watch what is in flight (profiles in review, campaigns waiting for the registry) and print each status change. --until-settled ends once nothing is in flight.</source>
        <translation>Beobachten, was in Bearbeitung ist (Profile in Prüfung, Kampagnen, die auf die Registry warten), und jede Statusänderung ausgeben. --until-settled endet, sobald nichts mehr in Bearbeitung ist.</translation>
    </message>
    <message>
        <source>  6  watch --until-settled: the --timeout came first</source>
        <translation>  6  watch --until-settled: --timeout war zuerst erreicht</translation>
    </message>
    <message>
        <source>watch: end once nothing is in flight.</source>
        <translation>watch: enden, sobald nichts mehr in Bearbeitung ist.</translation>
    </message>
    <message>
        <source>watch: stop after this many seconds.</source>
        <translation>watch: nach so vielen Sekunden aufhören.</translation>
    </message>
    <message>
        <source>watch: ask about each item this often at first (default 30; it grows while nothing moves).</source>
        <translation>watch: anfangs so oft nach jedem Eintrag fragen (Standard 30; wächst, solange sich nichts bewegt).</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds.</source>
        <translation>--timeout nimmt eine Anzahl Sekunden.</translation>
    </message>
    <message>
        <source>--interval takes a number of seconds, at least 0.1.</source>
        <translation>--interval nimmt eine Anzahl Sekunden, mindestens 0,1.</translation>
    </message>
    <message>
        <source>%1  profile %2 “%3”: %4 → %5</source>
        <translation>%1  Profil %2 „%3“: %4 → %5</translation>
    </message>
    <message>
        <source>sync error: %1</source>
        <translation>Sync-Fehler: %1</translation>
    </message>
    <message>
        <source>%1  campaign %2 “%3”: %4 → %5</source>
        <translation>%1  Kampagne %2 „%3“: %4 → %5</translation>
    </message>
    <message>
        <source>Waiting: %1</source>
        <translation>Warten: %1</translation>
    </message>
    <message>
        <source>Nothing is in flight any more.</source>
        <translation>Nichts ist mehr in Bearbeitung.</translation>
    </message>
    <message numerus="yes">
        <source>Stopped after --timeout; %n item(s) still in flight.</source>
        <translation>
            <numerusform>Nach --timeout beendet; %n Eintrag noch in Bearbeitung.</numerusform>
            <numerusform>Nach --timeout beendet; %n Einträge noch in Bearbeitung.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Watching %n item(s) in flight.</source>
        <translation>
            <numerusform>%n Eintrag in Bearbeitung wird beobachtet.</numerusform>
            <numerusform>%n Einträge in Bearbeitung werden beobachtet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the organization…</source>
        <translation>Die Organisation wird gelesen …</translation>
    </message>
    <message>
        <source>%1 breaks the API's field rules; nothing was sent:</source>
        <translation>%1 verstößt gegen die Feldregeln der API; nichts wurde gesendet:</translation>
    </message>
    <message>
        <source>The compliance report of the organization (of one profile or campaign with ID): statuses, brand facts, campaigns with use cases and samples, the linter's findings and the timeline. CSV has one row per campaign (and per profile without campaigns), profile_id first; PDF is for people.</source>
        <translation>Der Compliance-Bericht der Organisation (eines Profils oder einer Kampagne mit ID): Status, Fakten zur Marke, Kampagnen mit Anwendungsfällen und Beispielen, die Befunde des Linters und die Zeitleiste. CSV hat eine Zeile je Kampagne (und je Profil ohne Kampagnen), profile_id zuerst; PDF ist für Menschen.</translation>
    </message>
    <message>
        <source>history: check the history's chain of hashes.</source>
        <translation>history: die Kette der Hashes des Verlaufs prüfen.</translation>
    </message>
    <message>
        <source>history: compare what two entries sent.</source>
        <translation>history: vergleichen, was zwei Einträge gesendet haben.</translation>
    </message>
    <message>
        <source>report: pdf or csv (default: from --out's name).</source>
        <translation>report: pdf oder csv (Standard: nach dem Namen von --out).</translation>
    </message>
    <message>
        <source>No connection: name one with --connection, or set SENT_DM_API_KEY (and SENT_BASE_URL).</source>
        <translation>Keine Verbindung: Nennen Sie eine mit --connection, oder setzen Sie SENT_DM_API_KEY (und SENT_BASE_URL).</translation>
    </message>
    <message>
        <source>--diff takes two entry numbers, e.g. --diff 12,31 (see the history's first column).</source>
        <translation>--diff nimmt zwei Eintragsnummern, z. B. --diff 12,31 (siehe die erste Spalte des Verlaufs).</translation>
    </message>
    <message>
        <source>There is no entry %1 here.</source>
        <translation>Hier gibt es keinen Eintrag %1.</translation>
    </message>
    <message>
        <source>Entry %1 is not a submission: only changes sent to sent.dm can be compared.</source>
        <translation>Eintrag %1 ist keine Einreichung: Nur an sent.dm gesendete Änderungen können verglichen werden.</translation>
    </message>
    <message>
        <source>Entries %1 and %2 sent the same fields.</source>
        <translation>Die Einträge %1 und %2 haben dieselben Felder gesendet.</translation>
    </message>
    <message>
        <source>From entry %1 (%2) to entry %3 (%4):</source>
        <translation>Von Eintrag %1 (%2) zu Eintrag %3 (%4):</translation>
    </message>
    <message numerus="yes">
        <source>The history is intact: %n entry(s) checked.</source>
        <translation>
            <numerusform>Der Verlauf ist unversehrt: %n Eintrag geprüft.</numerusform>
            <numerusform>Der Verlauf ist unversehrt: %n Einträge geprüft.</numerusform>
        </translation>
    </message>
    <message>
        <source>No history yet for this connection.</source>
        <translation>Noch kein Verlauf für diese Verbindung.</translation>
    </message>
    <message>
        <source>No history yet for %1.</source>
        <translation>Noch kein Verlauf für %1.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>Anfrage-ID</translation>
    </message>
    <message>
        <source>Writing pages:</source>
        <translation>Seiten werden geschrieben:</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n profile(s)</source>
        <translation>
            <numerusform>%1: %n Profil</numerusform>
            <numerusform>%1: %n Profile</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n campaign(s).</source>
        <translation>
            <numerusform>, %n Kampagne.</numerusform>
            <numerusform>, %n Kampagnen.</numerusform>
        </translation>
    </message>
    <message>
        <source>report needs --out FILE (a .pdf or .csv file).</source>
        <translation>report braucht --out DATEI (eine .pdf- oder .csv-Datei).</translation>
    </message>
    <message>
        <source>--format is pdf or csv (or name the --out file .pdf or .csv).</source>
        <translation>--format ist pdf oder csv (oder nennen Sie die --out-Datei .pdf oder .csv).</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>report: the file to write (- for the CSV on standard output).</source>
        <translation>report: die zu schreibende Datei (- für das CSV auf der Standardausgabe).</translation>
    </message>
    <message>
        <source>standard output</source>
        <translation>Standardausgabe</translation>
    </message>
    <message>
        <source>Only the CSV report can go to standard output (--out -); a PDF needs a file.</source>
        <translation>Nur der CSV-Bericht kann auf die Standardausgabe gehen (--out -); ein PDF braucht eine Datei.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>Reading profiles:</source>
        <translation>Profile werden gelesen:</translation>
    </message>
    <message>
        <source>  7  done on sent.dm, but the local history could not be written</source>
        <translation>  7  bei sent.dm ausgeführt, aber der lokale Verlauf konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>The local history of the connection's items (of one profile or campaign with ID): status changes seen, changes made with their request ids, warnings acknowledged. --verify checks against the history's seal in the keychain that no entry was changed, removed or forged and the file was not emptied or replaced (exit 1 if it was; 7 if the file, 5 if the keychain cannot be used now); --diff compares what two submissions sent, field by field.</source>
        <translation>Der lokale Verlauf der Elemente der Verbindung (eines Profils oder einer Kampagne mit ID): gesehene Statusänderungen, vorgenommene Änderungen mit ihren Anfrage-IDs, bestätigte Warnungen. --verify prüft anhand des Siegels im Schlüsselbund, dass kein Eintrag geändert, entfernt oder gefälscht und die Datei nicht geleert oder ersetzt wurde (Exit 1, wenn doch; 7, wenn die Datei, 5, wenn der Schlüsselbund gerade nicht verwendet werden kann); --diff vergleicht, was zwei Einreichungen gesendet haben, Feld für Feld.</translation>
    </message>
    <message>
        <source>  1  sent.dm refused the request (validation, not found, conflict); lint found errors; history --verify found the history not intact</source>
        <translation>  1  sent.dm hat die Anfrage abgelehnt (Validierung, nicht gefunden, Konflikt); lint hat Fehler gefunden; history --verify hat den Verlauf nicht unversehrt vorgefunden</translation>
    </message>
    <message>
        <source>The history's seal could not be kept in the system keychain (%1): what was recorded is in the history, but its check cannot vouch for it against a rewrite.</source>
        <translation>Das Siegel des Verlaufs konnte nicht im Schlüsselbund des Systems gespeichert werden (%1): Das Aufgezeichnete steht im Verlauf, aber seine Prüfung kann es nicht gegen ein Umschreiben absichern.</translation>
    </message>
    <message>
        <source>The history could not be checked: %1</source>
        <translation>Der Verlauf konnte nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>The history is not intact: %1</source>
        <translation>Der Verlauf ist nicht unversehrt: %1</translation>
    </message>
    <message>
        <source>Changes: send with this key (by default, the same change run again within 23 hours reuses the key it went out with, so sent.dm never makes it twice).</source>
        <translation>Änderungen: mit diesem Schlüssel senden (standardmäßig verwendet dieselbe Änderung, die innerhalb von 23 Stunden erneut ausgeführt wird, ihren bisherigen Schlüssel, sodass sent.dm sie nie doppelt ausführt).</translation>
    </message>
    <message>
        <source>Changes: make this change again even if the same one was made within the last 23 hours (a fresh idempotency key).</source>
        <translation>Änderungen: diese Änderung erneut ausführen, auch wenn dieselbe in den letzten 23 Stunden ausgeführt wurde (ein neuer Idempotenzschlüssel).</translation>
    </message>
    <message>
        <source>The same change was sent at %1: it goes out again with the same idempotency key (%2), so sent.dm carries it out at most once. To make it a second time, use --new.</source>
        <translation>Dieselbe Änderung wurde am %1 gesendet: Sie geht mit demselben Idempotenzschlüssel (%2) erneut hinaus, sodass sent.dm sie höchstens einmal ausführt. Um sie ein zweites Mal auszuführen, verwenden Sie --new.</translation>
    </message>
    <message>
        <source>The change may have been made: its answer did not arrive intact. Run the same command again to find out without making it twice (it reuses idempotency key %1 for 23 hours); --new makes it again.</source>
        <translation>Die Änderung wurde möglicherweise ausgeführt: Ihre Antwort kam nicht vollständig an. Führen Sie denselben Befehl erneut aus, um es herauszufinden, ohne sie doppelt auszuführen (er verwendet 23 Stunden lang den Idempotenzschlüssel %1); --new führt sie erneut aus.</translation>
    </message>
    <message>
        <source>Indent the JSON (it is indented on a terminal, compact otherwise).</source>
        <translation>JSON einrücken (auf einem Terminal wird es eingerückt, sonst kompakt ausgegeben).</translation>
    </message>
    <message>
        <source>Work on many profiles at once. The plan is printed first (what is left out and why; warnings go unless --strict; errors never do), then the job's id, then a line per item as it ends. TEMPLATE.json may use {{profile_name}}, {{brand_name}}, {{contact_phone}}, {{contact_email}} and {{website}}; IDS has one profile id a line (- for standard input); CHANGES.csv has a profile_id column and the fields to change. --dry-run sends every item with "sandbox": true: sent.dm's verdict, nothing made. A job cut short (a crash, a kill, the network) is finished by resume, each item under its own key. Exits 0 when every item is done, 1 when some were refused or held back, 4 when some failed.</source>
        <translation>Viele Profile auf einmal bearbeiten. Zuerst wird der Plan ausgegeben (was ausgelassen wird und warum; Einträge mit Warnungen gehen mit, außer mit --strict; Einträge mit Fehlern nie), dann die Kennung des Auftrags, dann eine Zeile je Eintrag, sobald er endet. TEMPLATE.json darf {{profile_name}}, {{brand_name}}, {{contact_phone}}, {{contact_email}} und {{website}} verwenden; IDS enthält eine Profilkennung je Zeile (- für die Standardeingabe); CHANGES.csv hat eine Spalte profile_id und die zu ändernden Felder. --dry-run sendet jeden Eintrag mit "sandbox": true: das Urteil von sent.dm, nichts wird angelegt. Ein abgebrochener Auftrag (Absturz, kill, Netzwerk) wird mit resume zu Ende geführt, jeder Eintrag mit seinem eigenen Schlüssel. Beendet sich mit 0, wenn jeder Eintrag erledigt ist, mit 1, wenn welche abgelehnt oder zurückgehalten wurden, mit 4, wenn welche fehlschlugen.</translation>
    </message>
    <message>
        <source>Create profiles (with their brand) from a CSV file: columns matched to fields by their headers (or by MAP.json: {"field": "header"}), each row checked, rows that repeat a profile's name or short name left out; then a bulk job, as bulk prints it.</source>
        <translation>Profile (mit ihrer Marke) aus einer CSV-Datei anlegen: Spalten werden über ihre Überschriften den Feldern zugeordnet (oder über MAP.json: {"feld": "überschrift"}), jede Zeile wird geprüft, Zeilen, die den Namen oder Kurznamen eines Profils wiederholen, werden ausgelassen; dann ein Sammelauftrag, wie bulk ihn ausgibt.</translation>
    </message>
    <message>
        <source>bulk: the profiles, one id a line (- for standard input).</source>
        <translation>bulk: die Profile, eine Kennung je Zeile (- für die Standardeingabe).</translation>
    </message>
    <message>
        <source>bulk, import-profiles: which column holds which field (JSON).</source>
        <translation>bulk, import-profiles: welche Spalte welches Feld enthält (JSON).</translation>
    </message>
    <message>
        <source>bulk, import-profiles: sent.dm's verdict on every item; nothing made.</source>
        <translation>bulk, import-profiles: das Urteil von sent.dm zu jedem Eintrag; nichts wird angelegt.</translation>
    </message>
    <message>
        <source>bulk, import-profiles: hold back the items with warnings too.</source>
        <translation>bulk, import-profiles: auch Einträge mit Warnungen zurückhalten.</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>angenommen</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>request %1</source>
        <translation>Anfrage %1</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Einträge</translation>
    </message>
    <message numerus="yes">
        <source>Dry run %1: %n item(s), sent with "sandbox": true; nothing will be made.</source>
        <translation>
            <numerusform>Probelauf %1: %n Eintrag, gesendet mit "sandbox": true; nichts wird angelegt.</numerusform>
            <numerusform>Probelauf %1: %n Einträge, gesendet mit "sandbox": true; nichts wird angelegt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Job %1: %n item(s).</source>
        <translation>
            <numerusform>Auftrag %1: %n Eintrag.</numerusform>
            <numerusform>Auftrag %1: %n Einträge.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 done, %3 refused, %4 failed.</source>
        <translation>%1 von %2 erledigt, %3 abgelehnt, %4 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Run “compliance-desk-cli bulk resume %1” to send what is left again (each item under its own key: nothing is made twice).</source>
        <translation>Führen Sie „compliance-desk-cli bulk resume %1“ aus, um den Rest erneut zu senden (jeder Eintrag mit seinem eigenen Schlüssel: nichts wird doppelt angelegt).</translation>
    </message>
    <message>
        <source>left out  %1 — %2</source>
        <translation>ausgelassen  %1 — %2</translation>
    </message>
    <message>
        <source>warning   %1 — %2 %3</source>
        <translation>Warnung      %1 — %2 %3</translation>
    </message>
    <message>
        <source>%1 %2 — %3</source>
        <translation>%1 %2 — %3</translation>
    </message>
    <message>
        <source>error    </source>
        <translation>Fehler      </translation>
    </message>
    <message>
        <source>left out </source>
        <translation>ausgelassen </translation>
    </message>
    <message>
        <source>Plan: %1 ready, %2 with warnings%3, %4 with errors (held back), %5 left out.</source>
        <translation>Plan: %1 bereit, %2 mit Warnungen%3, %4 mit Fehlern (zurückgehalten), %5 ausgelassen.</translation>
    </message>
    <message>
        <source> (they go; --strict holds them back)</source>
        <translation> (sie gehen mit; --strict hält sie zurück)</translation>
    </message>
    <message>
        <source> (held back)</source>
        <translation> (zurückgehalten)</translation>
    </message>
    <message>
        <source>Nothing to send.</source>
        <translation>Nichts zu senden.</translation>
    </message>
    <message>
        <source>bulk create-campaign needs --profiles FILE (one profile id a line; - for standard input).</source>
        <translation>bulk create-campaign braucht --profiles DATEI (eine Profilkennung je Zeile; - für die Standardeingabe).</translation>
    </message>
    <message>
        <source>Profiles read</source>
        <translation>Profile gelesen</translation>
    </message>
    <message>
        <source>Apply the campaign “%1”</source>
        <translation>Kampagne „%1“ anwenden</translation>
    </message>
    <message>
        <source>bulk complete needs --profiles FILE and --webhook URL.</source>
        <translation>bulk complete braucht --profiles DATEI und --webhook URL.</translation>
    </message>
    <message numerus="yes">
        <source>Complete the setup of %n profile(s)</source>
        <translation>
            <numerusform>Einrichtung von %n Profil abschließen</numerusform>
            <numerusform>Einrichtung von %n Profilen abschließen</numerusform>
        </translation>
    </message>
    <message>
        <source>field → column header, e.g. {"name": "Location"}.</source>
        <translation>Feld → Spaltenüberschrift, z. B. {"name": "Standort"}.</translation>
    </message>
    <message>
        <source>The file has no column %1 named in %2.</source>
        <translation>Die Datei hat keine Spalte %1, die in %2 genannt ist.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 needs a profile_id column.</source>
        <translation>%1 braucht eine Spalte profile_id.</translation>
    </message>
    <message numerus="yes">
        <source>Change %n profile(s)</source>
        <translation>
            <numerusform>%n Profil ändern</numerusform>
            <numerusform>%n Profile ändern</numerusform>
        </translation>
    </message>
    <message>
        <source>No bulk jobs for this account on this computer.</source>
        <translation>Auf diesem Computer gibt es keine Sammelaufträge für dieses Konto.</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 (dry run)</source>
        <translation>%1 (Probelauf)</translation>
    </message>
    <message>
        <source>There is no job %1 for this account on this computer.</source>
        <translation>Auf diesem Computer gibt es für dieses Konto keinen Auftrag %1.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>bulk takes one of: %1.</source>
        <translation>bulk nimmt eines von: %1.</translation>
    </message>
    <message>
        <source>bulk %1 needs one more argument.</source>
        <translation>bulk %1 braucht ein weiteres Argument.</translation>
    </message>
    <message>
        <source>bulk %1 takes no more arguments.</source>
        <translation>bulk %1 nimmt keine weiteren Argumente.</translation>
    </message>
    <message>
        <source>Columns not used: %1 (--mapping names the field of each).</source>
        <translation>Nicht verwendete Spalten: %1 (--mapping nennt das Feld jeder Spalte).</translation>
    </message>
    <message>
        <source>Profiles are created with the organization's key, not a profile's.</source>
        <translation>Profile werden mit dem Schlüssel der Organisation angelegt, nicht mit dem eines Profils.</translation>
    </message>
    <message numerus="yes">
        <source>Import %n profile(s)</source>
        <translation>
            <numerusform>%n Profil importieren</numerusform>
            <numerusform>%n Profile importieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Who uses the organization's brand and campaigns, and the profiles grouped by where their brand and campaigns come from (own, the organization's, missing).</source>
        <translation>Wer Marke und Kampagnen der Organisation nutzt, und die Profile gruppiert danach, woher ihre Marke und Kampagnen kommen (eigene, von der Organisation, fehlend).</translation>
    </message>
    <message numerus="yes">
        <source>The organization's brand: %1, used by %n profile(s)</source>
        <translation>
            <numerusform>Marke der Organisation: %1, von %n Profil genutzt</numerusform><numerusform>Marke der Organisation: %1, von %n Profilen genutzt</numerusform></translation>
    </message>
    <message>
        <source>not reported yet</source>
        <translation>noch nicht gemeldet</translation>
    </message>
    <message>
        <source>No profile uses the organization's brand.</source>
        <translation>Kein Profil nutzt die Marke der Organisation.</translation>
    </message>
    <message>
        <source>No profile uses a campaign of the organization's.</source>
        <translation>Kein Profil nutzt eine Kampagne der Organisation.</translation>
    </message>
    <message>
        <source>The organization's campaigns:</source>
        <translation>Kampagnen der Organisation:</translation>
    </message>
    <message numerus="yes">
        <source>%1 [%2] (%3), used by %n profile(s)</source>
        <translation>
            <numerusform>%1 [%2] (%3), von %n Profil genutzt</numerusform><numerusform>%1 [%2] (%3), von %n Profilen genutzt</numerusform></translation>
    </message>
    <message>
        <source>Profiles by setup:</source>
        <translation>Profile nach Einrichtung:</translation>
    </message>
    <message numerus="yes">
        <source>%n profile(s) inherit a brand or campaign that was rejected, suspended or did not reach the registry.</source>
        <translation>
            <numerusform>%n Profil erbt eine Marke oder Kampagne, die abgelehnt, gesperrt oder nicht an die Registry übermittelt wurde.</numerusform><numerusform>%n Profile erben eine Marke oder Kampagne, die abgelehnt, gesperrt oder nicht an die Registry übermittelt wurde.</numerusform></translation>
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
        <source>How much faster than real time the sandbox's registry moves.</source>
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