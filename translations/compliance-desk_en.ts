<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>SandboxOptions</name>
    <message>
        <source>TCP port on 127.0.0.1 (0 picks a free one).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Initial data: demo, empty or large:PROFILES:CAMPAIGNS.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep the state in this SQLite file so it survives restarts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run the registry's clock X times faster than real time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delay every answer by MS milliseconds.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Answer this share of requests with a server error (0–1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Do the work, then close the connection without answering, for this share of requests (0–1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send an invalid JSON body for this share of answers (0–1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Requests per minute per key pool (0 turns rate limiting off).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Requests per minute for the sensitive tier (profile completion).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Seed for the fault injector and the registry simulation.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use this organization API key instead of a generated one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--port must be between 0 and 65535.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--seed must be demo, empty or large:PROFILES:CAMPAIGNS.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--time-scale must be a positive number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--latency must be zero or more milliseconds.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--%1 must be between 0 and 1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--rate-limit must be zero or more.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--sensitive-rate-limit must be zero or more.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--random-seed must be a whole number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Serve the profile list in pages of at most N (0: the whole list in one answer, without pagination).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Answer every page of the profile list with the first (a broken server, for tests).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Answer a started completion with 202 (with a body) or 204 (without).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark the profile endpoints deprecated, to be retired on DATE (YYYY-MM-DD): Deprecation, Sunset and Link headers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Answer the profile endpoints 404 ROUTE_NOT_FOUND, as once the API version is retired.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--page-size must be between 0 and 100.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--complete-status must be 202 or 204.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--sunset must be a date, YYYY-MM-DD.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cd::AccessManager</name>
    <message>
        <source>“%1” is not a valid address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The address %1 uses plain HTTP. API keys are only sent over HTTPS (plain HTTP is allowed for this computer's own sandbox only).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The address %1 does not use HTTPS.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cd::Account</name>
    <message>
        <source>Organization</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sender profile</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cd::ApiError</name>
    <message>
        <source>No API key was sent. Add the organization's API key to the connection.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The API key was not accepted: it is wrong, or it was revoked. Check the key in the sent.dm dashboard (Settings → API Keys).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This API key's role does not allow this operation. An administrator's key is needed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The sent.dm account is not activated yet. Wait for Sent to activate it, then try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The account's KYC verification is not complete. Submit the KYC documents in the sent.dm dashboard first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The account has no messaging channel configured yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This profile has no brand yet, so it cannot have campaigns. Add a brand to the profile, or let it inherit the organization's brand.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sent.dm is limiting how fast requests can be made. Wait a moment and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The same change is still being processed. Wait a moment and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The request's idempotency key was refused.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This API key may not do this.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>It was not found: it may have been deleted, or it belongs to another organization.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sent.dm refused the request.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sent.dm refused the request: some fields need attention.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sent.dm refused the request because it conflicts with the current state.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sent.dm had a problem answering (HTTP %1). This is usually temporary; try again in a few minutes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sent.dm answered with HTTP %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not reach %1: %2. Check the network connection and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The secure connection to %1 could not be verified (%2). Nothing was sent; check the address and the system's certificates.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 did not answer in time. Try again; if it keeps happening, the service may be slow or unreachable.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sent.dm says: “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sent.dm sent an answer that could not be read (%1). Try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Request ID for support: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Client request ID for support: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sent.dm no longer serves this part of its API (%1): the version Compliance Desk speaks has been retired. Compliance Desk needs an update to go on; nothing changed in the organization itself.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sent.dm has no such profile (any more): it may have been deleted, or it belongs to another organization.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sent.dm has no such organization for this key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sent.dm has no such user in this organization.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>It exists already: sent.dm refuses a duplicate.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sent.dm has no such webhook (any more).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sent.dm has no such item (any more): it may have been deleted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A phone number is not in international format (E.164, such as +14155550123).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An identifier in the request is not a valid id.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sent.dm refused the request: a required field is missing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sent.dm refused the request: a value is out of its allowed range.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sent.dm refused the request: a value is not one of the words it accepts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The sent.dm account's balance is too low for this. Add funds in the sent.dm dashboard.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This would exceed the account's quota.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sent.dm is briefly unavailable (HTTP %1). Try again in a few minutes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A service sent.dm depends on failed (HTTP %1). Try again in a few minutes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sent.dm timed out waiting for the operation (HTTP %1). Check whether it was carried out before trying again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sent.dm says: “%1” (%2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What is inherited from the organization cannot be changed from a profile: it is changed in sent.dm's dashboard, under the organization.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cd::ApiJob</name>
    <message>
        <source>%1 redirected the request to %2, which is not followed (the API key stays with %1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the answer was empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an interim HTTP %1 instead of an answer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the answer was larger than %1 MB, more than any organization needs; it was not read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 redirected the change to %2 in a way that would drop what it sends (HTTP %3); it was not followed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 redirected the request more than %2 times (last to %3); it was not followed further.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the answer was JSON, but not the object sent.dm answers with (it was a list or a single value)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cd::ApiNotice</name>
    <message>
        <source>sent.dm will retire %1 on %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sent.dm has marked %1 as deprecated: it still works, and will be retired later.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Compliance Desk may need an update before then.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sent.dm warns about %1: “%2”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>More: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cd::BulkItem</name>
    <message>
        <source>Create profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Complete setup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create campaign</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change campaign</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete campaign</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sent, waiting for the answer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refused by sent.dm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Failed, can be retried</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled, not sent</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cd::BulkJob</name>
    <message>
        <source>Not started</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cd::BulkJobModel</name>
    <message>
        <source>sent.dm would accept it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Held back (warnings not acknowledged)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checked by sent.dm; nothing was made (request %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Made (request %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n field(s) set</source>
        <translation>
            <numerusform>%n field set</numerusform>
            <numerusform>%n fields set</numerusform>
        </translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>State: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>• %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Made: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The linter, against this profile:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>• %1 %2 (%3): %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What sent.dm will check:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✓ %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✗ %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What it changes on sent.dm:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>+ %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>− %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>~ %1: %2 → %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What the switch does to it:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cd::BulkPlanner</name>
    <message>
        <source>%1: “%2”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Uses the organization's campaigns: a campaign of its own needs it to stop inheriting them first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Has no brand yet, and a campaign needs one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Already has a campaign named “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Uses {{%1}}, which is not a placeholder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Has no value for {{%1}} (%2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Uses the organization's brand: its brand cannot be changed here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Its brand was submitted to The Campaign Registry and can no longer be changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Already has these values.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Its setup is not waiting to be completed (%1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Belongs to the organization, which this profile inherits it from.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Has no brand of its own to change.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cd::BulkRunner</name>
    <message>
        <source>The job could not be written to this computer's job journal, so it was not started: nothing was sent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no job %1 on this computer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Job %1 was made with another account; open that connection to resume it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This item carried payment or WhatsApp details, which are not kept on this computer; it can only be sent by starting the job again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sent on %1, but its answer never came, and that was too long ago for sent.dm to recognise it again: check in the tree whether it was made before trying it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The connection was closed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The connection was closed while the job ran; resume it to send the rest.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Its answer did not arrive, so it may have been made; a retry sends it again under the same key, and sent.dm does not make it twice. %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cd::BulkSelection</name>
    <message>
        <source>The organization has no profile %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cd::CampaignTemplate</name>
    <message>
        <source>the profile's name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the brand's business name (the profile's name when it has none)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the brand contact's phone number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the brand contact's email address (the profile's when it has none)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the business's website</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cd::ChangeSettlement</name>
    <message>
        <source>The completion of the profile%1 sent at %2, whose answer was lost, was made: sent.dm shows it started.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The completion of the profile%1 sent at %2, whose answer was lost, was not made: the profile is still incomplete. Complete it again to start it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The change to the campaign%1 sent at %2, whose answer was lost, was made: sent.dm shows it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The change to the campaign%1 sent at %2, whose answer was lost, is not what sent.dm shows now; make it again if it is still wanted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The campaign%1 sent at %2, whose answer was lost, was created (id %3).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The campaign%1 sent at %2, whose answer was lost, was not created: sent.dm lists no such campaign. Create it again to make it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The profile%1 sent at %2, whose answer was lost, was created (id %3).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The profile%1 sent at %2, whose answer was lost, was not created: sent.dm lists no such profile. Create it again to make it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The change to the profile%1 sent at %2, whose answer was lost, was made: sent.dm shows it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The change to the profile%1 sent at %2, whose answer was lost, is not what sent.dm shows now; make it again if it is still wanted.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cd::CompletionChecklist</name>
    <message>
        <source>The profile has a name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The profile has a short name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The profile has a description.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The organization has a brand for the profile to inherit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The profile has a brand of its own.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The organization has campaigns for the profile to inherit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A TCR application has at least one campaign.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The profile has campaigns of its own.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>It has neither an SMS nor a WhatsApp number yet, so it waits for one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Its own brand or campaigns go to The Campaign Registry for review.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Its main destination country's documents are reviewed first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing needs review: it can send once the setup runs.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cd::CompletionEngine</name>
    <message>
        <source>Asking sent.dm to complete the setup of %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sent.dm did not start the setup; these prerequisites are not met:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Go back to the checklist, fix them, and submit again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dry run: the prerequisites pass; nothing was started.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing to do: %1 (status: %2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the profile is already complete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sent.dm has started processing %1. This can take a while; the status below follows it, and you will be told when it changes even if you close this window.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status: %1 — watching for changes…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status: %1 (at %2). Nothing more to wait for.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status: %1 (at %2) — in review; still watching…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status: %1 (checked at %2) — still processing…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cd::ComplianceReport</name>
    <message>
        <source>yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Compliance report: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Compliance report: %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the organization</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Organization %1 (%2). Generated %3 by Compliance Desk; rules %4.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Profiles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Campaigns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Profile ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Short name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Billing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Uses the organization's brand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Uses the organization's campaigns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SMS number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>WhatsApp number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Brand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the organization's</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>its own</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Brand status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Identity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TCR brand ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Submitted to TCR</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Legal name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Entity type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tax ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (main)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Relationship</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Vertical</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Destination countries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TCR application</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Its campaigns could not be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Campaign %1 — %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Campaign ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TCR campaign ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Inherited from the organization</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sync error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Message flow</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The linter finds nothing to report.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The linter's findings:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Timeline (recorded on this computer)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Request ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 · page %2 of %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>yes, used by %n profile(s)</source>
        <translation>
            <numerusform>yes, used by %n profile</numerusform>
            <numerusform>yes, used by %n profiles</numerusform>
        </translation>
    </message>
    <message>
        <source>Each campaign counts once: an organization campaign that several profiles inherit is one campaign.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The organization's campaigns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Used by: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Uses the organization's campaigns %1, described once under “The organization's campaigns”.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cd::ConnectionService</name>
    <message>
        <source>Enter the API key.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cd::ConnectionStore</name>
    <message>
        <source>Give the connection a name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The name is longer than 80 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is already a connection named “%1”.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cd::CredentialStore</name>
    <message>
        <source>No API key is stored for this connection in the system keychain, or the keychain is locked. Unlock it, or enter the key again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The system keychain refused access; it may be locked. Unlock it and try again, or use the key for this session only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No system keychain is available (on Linux, a Secret Service such as GNOME Keyring or KWallet is needed). The key can be used for this session only; it is never written to a file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The system keychain failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The system keychain did not answer within %n second(s); it may be waiting for you to unlock it. Try again, or use the key for this session only.</source>
        <translation>
            <numerusform>The system keychain did not answer within %n second; it may be waiting for you to unlock it. Try again, or use the key for this session only.</numerusform>
            <numerusform>The system keychain did not answer within %n seconds; it may be waiting for you to unlock it. Try again, or use the key for this session only.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::DashboardAggregates</name>
    <message>
        <source>Rejected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Did not reach the registry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No brand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Campaigns not loaded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waiting long in review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Organization's brand</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cd::Draft</name>
    <message>
        <source>Untitled campaign</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The draft is damaged and cannot be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The draft was written by a newer version of Compliance Desk.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cd::HistoryLog</name>
    <message>
        <source>The history file could not be opened.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Entry %1 follows entry %2: the entries between them were removed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Entry %1 does not follow from the entry before it: one of them was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Entry %1 was changed after it was written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The newest entries were removed: the history ended at entry %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sent.dm (seen by the status checks)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The history file was found damaged on %1 and started again from what could still be read; the damaged file is kept as %2.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The history file cannot be used now (%1), so it cannot be checked. %n entry(s) made since wait to be written to it.</source>
        <translation>
            <numerusform>The history file cannot be used now (%1), so it cannot be checked. %n entry made since waits to be written to it.</numerusform>
            <numerusform>The history file cannot be used now (%1), so it cannot be checked. %n entries made since wait to be written to it.</numerusform>
        </translation>
    </message>
    <message>
        <source>On %1 the key that seals the history was missing from the keychain (it was removed, or the history was copied from elsewhere): entries before entry %2 can no longer be checked against a rewrite.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>On %1 the history held %2 of the %3 entries recorded: entries were removed, or the file was emptied, deleted or replaced.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>On %1 entry %2 was no longer the entry recorded: the history was rewritten.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The history no longer holds entry %1 as it was recorded: entries were removed, or the file was replaced.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The seal that protects the history is kept in the keychain, which cannot be used now (%1). The entries follow each other unchanged, but a history rewritten with its hashes recomputed would not be noticed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Entry %1 was written while the keychain could not be used: it follows the chain, but is not sealed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Entries %1 to %2 were written while the keychain could not be used: they follow the chain, but are not sealed.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cd::HistoryRecorder</name>
    <message>
        <source>Asked sent.dm to complete the profile's setup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Created the campaign%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deleted the campaign%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changed the campaign%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Created the profile%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deleted the profile%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changed the profile%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(sent.dm replayed its earlier answer)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status: %1 → %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Campaign “%1”: %2 → %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Submitted despite the warning %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sent, but the answer was lost: the change may have been made. It is checked with sent.dm at the next start, and a rerun goes out with the same key (%1), so it is never made twice.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled the bulk job “%1”: %2 of %3 done, %4 refused, %5 failed, %6 not sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ran the bulk job “%1”: %2 of %3 done, %4 refused, %5 failed</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cd::Inheritance</name>
    <message>
        <source>Organization's brand and campaigns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Organization's brand, own campaigns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Own brand, organization's campaigns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Own brand and campaigns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Missing a brand or campaigns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>They send under the organization's brand and campaigns, and change when those change.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>They use the organization's brand and register campaigns of their own.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>They have a brand of their own and use the organization's campaigns.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>They have their own brand and campaigns; nothing of the organization's changes them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>They have no brand, or no campaigns, of their own or from the organization: they cannot be completed until they do.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Own</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Organization's</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cd::InheritanceSwitch</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The organization's brand (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The organization's brand (none of its profiles reports one yet)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Its own brand (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>None: it has no brand of its own yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give it a brand of its own (Edit profile → Brand), then submit it to the registry.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The organization has no campaigns that its profiles report: create them in sent.dm's dashboard, under the organization.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create its own campaigns (Campaign → New campaign), then complete its setup again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This profile sends messages now. After the switch it would have no approved campaign, so its messages would stop until one is approved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This profile sends messages now. After the switch its brand would not be approved, so its messages would stop until it is.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing changes: the profile is set up this way already.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Brand afterwards: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Campaigns afterwards: none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Campaigns afterwards: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No longer used by it: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Then: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✓ %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✗ %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cd::Labels</name>
    <message>
        <source>Marketing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Account notifications</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Customer care</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fraud alerts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Two-factor authentication</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delivery notifications</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Security alerts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Machine to machine</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mixed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Higher education</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Polling and voting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Public service announcements</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Low volume mixed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Promotions and offers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status updates about an account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Support conversations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Suspicious activity warnings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One-time sign-in codes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shipping and delivery updates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Security notices about an account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sent between machines, no person reads them</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Several kinds of messages together</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Colleges and universities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Surveys and polls (not political)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Public awareness messages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Several kinds, small volume</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Private company</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Publicly traded company</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Non-profit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sole proprietor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Government</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Agriculture</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Communication</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Construction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Education</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Energy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Entertainment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Financial</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Gambling</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Healthcare</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hospitality</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Human resources</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Insurance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Legal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Manufacturing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Non-governmental organization</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Political</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Postal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Professional services</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Real estate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Retail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Technology</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Transportation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Basic account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Small account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Medium account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Large account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Key account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No business history with the messaging provider yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Some history; a small business or a low message volume</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Established; a regional business or a moderate volume</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A large business with a dedicated contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A strategic, well-known customer of the provider</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Self-declared</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unverified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Vetted and verified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paid by the profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paid by the organization</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paid by the profile and the organization</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>App</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>KYC</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Messages sent by software, such as an app or a website, on the brand's behalf. The usual choice.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A campaign registered through a know-your-customer form, for a brand whose identity was checked from documents.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not vetted yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (sent.dm: %2)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cd::LocalFiles</name>
    <message>
        <source>Drafts cannot be saved to disk right now (%1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The local history cannot be written right now (%1).</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n change(s) to drafts are kept in memory and saved as soon as the file can be written; the file itself is untouched.</source>
        <translation>
            <numerusform>%n change to drafts is kept in memory and saved as soon as the file can be written; the file itself is untouched.</numerusform>
            <numerusform>%n changes to drafts are kept in memory and saved as soon as the file can be written; the file itself is untouched.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) are kept in memory, in order, and written as soon as the file can be; the file itself is untouched.</source>
        <translation>
            <numerusform>%n entry is kept in memory, in order, and written as soon as the file can be; the file itself is untouched.</numerusform>
            <numerusform>%n entries are kept in memory, in order, and written as soon as the file can be; the file itself is untouched.</numerusform>
        </translation>
    </message>
    <message>
        <source>What you type is kept in memory and saved as soon as the file can be written; the file itself is untouched.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New entries are kept in memory and written as soon as the file can be; the file itself is untouched.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Drafts saved earlier cannot be shown until then.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Entries written earlier cannot be shown until then.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The drafts file was damaged. %n draft record(s) that could still be read were carried over; the damaged file is kept as %1.</source>
        <translation>
            <numerusform>The drafts file was damaged. %n draft record that could still be read was carried over; the damaged file is kept as %1.</numerusform>
            <numerusform>The drafts file was damaged. %n draft records that could still be read were carried over; the damaged file is kept as %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The local history file was damaged. %n record(s) that could still be read were carried over, and the history check reports the damage; the damaged file is kept as %1.</source>
        <translation>
            <numerusform>The local history file was damaged. %n record that could still be read was carried over, and the history check reports the damage; the damaged file is kept as %1.</numerusform>
            <numerusform>The local history file was damaged. %n records that could still be read were carried over, and the history check reports the damage; the damaged file is kept as %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The local history could not be written (%1): %n entry(s) of this command are not recorded. What was done on sent.dm is done; its request IDs are above.</source>
        <translation>
            <numerusform>The local history could not be written (%1): %n entry of this command is not recorded. What was done on sent.dm is done; its request IDs are above.</numerusform>
            <numerusform>The local history could not be written (%1): %n entries of this command are not recorded. What was done on sent.dm is done; its request IDs are above.</numerusform>
        </translation>
    </message>
    <message>
        <source>Drafts are saved to disk again: everything kept meanwhile is in the file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The local history is written again: every entry kept meanwhile is in the file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>another program is using the file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the disk is full</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file or its folder is read-only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file or its folder cannot be opened; check that it exists and that you may write there</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the disk reported an error</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n change(s) to drafts (%1)</source>
        <translation>
            <numerusform>%n change to drafts (%1)</numerusform>
            <numerusform>%n changes to drafts (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n history entry(s) (%1)</source>
        <translation>
            <numerusform>%n history entry (%1)</numerusform>
            <numerusform>%n history entries (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Not everything is on disk yet: %1 could not be written and are kept only in memory. If you close now they are lost. Try again once the file can be written, or close without them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The settings file %1 is damaged and could not be repaired (the disk is full, or the file or its folder is read-only), so saved connections and preferences may be missing. It was left as it is: make room or allow writing there, then start again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The settings file was damaged; a copy is kept as %1.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The %n saved connection(s) it named were recovered.</source>
        <translation>
            <numerusform>The saved connection it named was recovered.</numerusform>
            <numerusform>The %n saved connections it named were recovered.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of the %n saved connection(s) it named could be recovered; add the others again under Connections, with their API keys.</source>
        <translation>
            <numerusform>%1 of the %n saved connection it named could be recovered; add the others again under Connections, with their API keys.</numerusform>
            <numerusform>%1 of the %n saved connections it named could be recovered; add the others again under Connections, with their API keys.</numerusform>
        </translation>
    </message>
    <message>
        <source>Preferences that could not be read are back to their defaults.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cd::OrganizationModel</name>
    <message>
        <source>The organization's</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (inherited)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Brand / TCR</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use cases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attention</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Where the profile or campaign stands; the API's own word is in each cell's tooltip.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A profile's brand (own or inherited) and its vetting; a campaign's TCR id.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The campaign's messaging use cases; for a profile, those of all its campaigns.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When sent.dm last changed the item.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rejections, sync errors, a missing brand, or campaigns that could not be loaded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sync error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No brand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not loaded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading campaigns…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Campaigns could not be loaded. Press Enter or double-click to try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not submitted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sent.dm status: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sync error: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Brand status: %1
Identity status: %2
TCR brand id: %3</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%Ln profile(s)</source>
        <translation>
            <numerusform>%Ln profile</numerusform>
            <numerusform>%Ln profiles</numerusform>
        </translation>
    </message>
    <message>
        <source>sent.dm: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Brand and campaigns from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Whether a profile uses its own brand and campaigns or the organization's; for the organization's brand and campaigns, how many profiles use them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Organization's brand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not reported yet</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Used by %Ln profile(s)</source>
        <translation>
            <numerusform>Used by %Ln profile</numerusform>
            <numerusform>Used by %Ln profiles</numerusform>
        </translation>
    </message>
    <message>
        <source>Inherited from the organization: read-only for this profile. It is changed in sent.dm's dashboard, under the organization.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The organization's brand, as the profiles that inherit it report it. It is changed in sent.dm's dashboard, under the organization.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The organization's campaign, as the profiles that inherit it list it. It is changed in sent.dm's dashboard, under the organization.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Brand: %1
Campaigns: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cd::OrganizationSession</name>
    <message>
        <source>sent.dm did not accept the key of “%1”: it may have been revoked or replaced. Enter the current key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sent.dm cannot be reached: %1 It is tried again by itself.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of %2 profiles were read; trying again goes on from there.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cd::PlannedItem</name>
    <message>
        <source>Ready</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Warnings to acknowledge</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Errors: left out until fixed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Left out</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cd::ProfileEditor</name>
    <message>
        <source>its SMS number %1, which goes back to sent.dm's inventory</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>its WhatsApp number %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>its own WhatsApp Business Account (%1), which is deregistered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>its brand, registered with TCR as %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>its brand</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n campaign(s), which stop being used</source>
        <translation>
            <numerusform>%n campaign, which stops being used</numerusform>
            <numerusform>%n campaigns, which stop being used</numerusform>
        </translation>
    </message>
    <message>
        <source>its routing rules, which stop being used</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cd::ProfileImport</name>
    <message>
        <source>Write yes or no.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Profile name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Short name (3–11 letters, digits or spaces)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Who pays: profile, organization or profile_and_organization</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Billing contact's name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Billing contact's email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Billing contact's phone (+ and digits)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Uses the organization's brand (yes or no)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Uses the organization's campaigns (yes or no)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Brand contact's name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Business name the public knows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Brand contact's email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Brand contact's phone (+ and digits)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Brand contact's role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Legal name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Entity type (e.g. PRIVATE_PROFIT)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tax id (e.g. an EIN)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tax id type (e.g. us_ein)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Street</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>State or region</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Country (two letters)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Industry (the registry's vertical)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Relationship with the brand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Countries messaged (two letters each, the main one first)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file has a header line but no profiles under it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the existing profile “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>line %1 of the file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Line %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Line %1 repeats the name or short name of %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cd::ProfileListing</name>
    <message>
        <source>sent.dm answered page %1 of the profile list with profiles it had sent before, as if it did not follow page numbers. The list ends with the %2 profiles read; sent.dm says there are %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sent.dm sent page %1 of the profile list empty while it said more would follow. The list ends with the %2 profiles read; sent.dm says there are %3.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The organization's profiles changed while they were read, %n time(s) in a row. Refresh again to be sure none is missing.</source>
        <translation>
            <numerusform>The organization's profiles changed while they were read, %n time in a row. Refresh again to be sure none is missing.</numerusform>
            <numerusform>The organization's profiles changed while they were read, %n times in a row. Refresh again to be sure none is missing.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::ProfileRules</name>
    <message>
        <source>The brand's primary contact needs a name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is not an email address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write the number in international form, e.g. +14155550100.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A country calling code is 1–3 digits, e.g. 1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose one of the listed entity types.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write the website's full address, starting with https://.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use a two-letter country code, e.g. US.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose how the brand relates to sent.dm.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose one of the listed relationships.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the brand's industry.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose one of the listed industries.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not a two-letter country code: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only one destination country can be the main one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark the main destination country: US 10DLC registration needs one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A number prefix is + and 1–3 digits, e.g. +1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The profile needs a name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A short name cannot be removed once set; change it instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>3 to 11 letters, digits or spaces, with at least one letter (e.g. “Mkt 2”).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The icon is the address of an image, starting with https://.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose who pays for this profile's messages.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A profile that pays for its own messages needs a billing contact for its invoices.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The billing contact needs a name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invoices are sent to this address: it is needed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A profile that uses the organization's brand cannot also have its own.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This brand was submitted to TCR and can no longer be changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Say which kind of tax id this is, e.g. us_ein.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A US EIN is nine digits, written 12-3456789.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A Canadian business number is nine digits, e.g. 123456789 or 123456789RT0001.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cd::ReportExport</name>
    <message>
        <source>compliance-report-%1%2.pdf</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The report was not exported: cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Gathering the organization from this computer's copy…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The connection was closed before the report was written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no profile or campaign %1 in this organization.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Writing the report…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Writing %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>standard output</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cd::SentClient</name>
    <message>
        <source>“data” is not what %1 returns</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cd::SessionManager</name>
    <message>
        <source>Demo sandbox</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The demo could not be started again.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cd::Status</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not sent to TCR</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cd::lint</name>
    <message>
        <source>%1 is a public link shortener; carriers block messages that use one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No sample names the brand (%1), so a reviewer cannot tell who sends them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No sample tells the subscriber how to opt out (e.g. “Reply STOP to opt out”).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” reads as an offer, but the use case is %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This sample contains a link; the description does not say messages carry links.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This sample contains a phone number; the description does not say so.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Samples use both {name} and [name] placeholders.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” belongs to restricted content (SHAFT-C or high-risk finance).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The flow does not say how consent is collected (web form, keyword, paper, verbal…).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The flow does not name the brand or the program.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The flow does not state the message frequency.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The flow does not say “Msg &amp; data rates may apply”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The flow does not mention STOP.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The flow does not mention HELP.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The flow does not point to the terms and conditions.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The flow does not point to the privacy policy.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Missing: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the brand's name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the message frequency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“Msg &amp; data rates may apply”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>HELP</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>STOP</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a confirmation that no further messages will be sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a support contact (e-mail, phone or web address)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>who sends (the brand)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>who receives the messages (customers, patients, members…)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The description does not say %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This text does not look like English.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This text contains what looks like a Social Security number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This text contains what looks like a payment card number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The campaign has no name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The campaign has no description.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The campaign has no type (e.g. App).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The description has %1 characters; the registry accepts %2 to %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The campaign has no use case.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use case %1 has no type.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not one of the registry's use cases.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 appears more than once.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Use case %1 has %n sample(s); it needs 1 to 5.</source>
        <translation>
            <numerusform>Use case %1 has %n sample; it needs 1 to 5.</numerusform>
            <numerusform>Use case %1 has %n samples; it needs 1 to 5.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 use cases need at least two samples; this one has one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sample %1 of use case %2 has %3 characters; it needs %4 to %5.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This sample says the same as an earlier one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The message flow (how people opt in) is missing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The message flow has %1 characters; it needs %2 to %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The opt-in message has %1 characters; it needs %2 to %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The opt-out message (the reply to STOP) is missing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The opt-out message has %1 characters; it needs %2 to %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The help message (the reply to HELP) is missing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The help message has %1 characters; it needs %2 to %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The list has %1 characters; at most %2 fit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The list has an empty item (two commas in a row, or one at an end).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a single word of letters and digits.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is listed twice.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not among the keywords.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The address has %1 characters; at most %2 are accepted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a complete https:// address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no link to a privacy policy.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The volume must be a whole number written as text, e.g. "5000".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 messages a month is below %2: the campaign is billed in the low-volume tier.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The profile has no brand, own or inherited, so it cannot have campaigns.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The profile uses the organization's campaigns, which are read-only here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This campaign was submitted to TCR and can no longer be changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The one-time submission fee has already been charged for this campaign.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Submitting is billed: %1 (as reported by sent.dm).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Creating or resubmitting a campaign may be billed by sent.dm.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Required field is empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fill in the campaign's name, description and type.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Description length</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Describe in 40 to 4,096 characters who sends the messages, to whom, and why.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add at least one use case and choose its type from the registry's list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use case repeated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Put all samples of one use case under a single entry.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Number of samples</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give each use case between 1 and 5 sample messages.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sample length</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write each sample as the full message a subscriber receives: 20 to 1,024 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Two samples needed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Marketing, mixed and low-volume use cases need at least two different samples.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Samples alike</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Make every sample show a different message the program sends.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Message flow</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Explain in 40 to 2,048 characters how people opt in, step by step.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opt-in message length</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Leave the opt-in message empty or write 20 to 1,024 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opt-out and help messages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give the reply sent on STOP and the one sent on HELP (20 to 1,024 characters each).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keyword list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>List single words separated by commas, each once, at most 255 characters in all.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>STOP keyword</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Include STOP among the opt-out keywords.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>HELP keyword</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Include HELP among the help keywords.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use a complete https:// address of a public page, at most 2,048 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Privacy policy missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Link the brand's privacy policy; reviewers check that it covers text messaging.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Volume</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give the expected messages per month as a whole number, e.g. 5000.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Low-volume tier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Below 2,000 messages a month the campaign is billed in the low-volume tier.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Public link shortener</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Carriers block public shorteners: use a link on the brand's own domain.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Brand not named</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start at least one sample with the brand's name, e.g. “Acme: your order…”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No opt-out in samples</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>End at least one sample with “Reply STOP to opt out.”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Promotional wording</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove the offer, or register the promotional messages under a MARKETING use case.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restricted content</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sex, hate, alcohol, firearms, tobacco, cannabis, debt and gambling content is refused or needs special vetting: check that the campaign really needs it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Message flow incomplete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Say how consent is collected and what the person sees there: the program, message frequency, “Msg &amp; data rates may apply”, STOP and HELP, and the terms and privacy links.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opt-in message incomplete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. “Acme: you're subscribed to order updates. Msg frequency varies. Msg &amp; data rates may apply. Reply HELP for help, STOP to opt out.”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opt-out message incomplete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. “Acme: you're unsubscribed and will receive no further messages.”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Help message incomplete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. “Acme: for help e-mail support@acme.example or call 1-800-555-0100. Reply STOP to opt out.”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not in English</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Registry reviewers read English: write the campaign's texts in English.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Embedded link or number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Say in the description that messages contain links or phone numbers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Placeholder style</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write placeholders one way throughout, e.g. {name}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Description vague</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name the brand and the recipients, e.g. “Acme sends its customers order and delivery updates.”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Personal data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replace real numbers with placeholders such as {account_number}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No brand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give the profile a brand (its own, or inherit the organization's) first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Inherited campaigns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Turn off “inherit campaigns” on the profile to give it campaigns of its own.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Already submitted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A campaign submitted to TCR cannot change: create a new campaign instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Billing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check the cost before submitting.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use case %1, samples</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use case %1, sample %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use case %1, type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use case %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expected volume</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use cases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opt-in message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opt-in keywords</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opt-out message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opt-out keywords</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Help message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Help keywords</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Privacy policy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Terms and conditions</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cd::sandbox::SandboxServer</name>
    <message>
        <source>Could not listen on %1:%2.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cd::ui::AboutDialog</name>
    <message>
        <source>About %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Version %1 · %2 · Qt %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keeps sent.dm senders, brands and 10DLC campaigns compliant.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What sent.dm has announced about its API</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing: no endpoint used in this session is marked deprecated.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About Compliance Desk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Speaks the sent.dm API %1 (sender profiles, brands and campaigns).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Free software under the GNU General Public License (%1): you may use, study, share and change it; it comes with no warranty.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cd::ui::BasicsPage</name>
    <message>
        <source>The campaign</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What the program is, for the registry's reviewers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. Appointment reminders</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Who sends the messages, to whom, and why, e.g. “%1 sends its customers appointment reminders.”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expected &amp;volume:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Messages per month, e.g. 5000</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>App: messages sent by software on the brand's behalf, the usual choice. KYC: a campaign registered through a know-your-customer form. sent.dm records the type but does not act on it.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cd::ui::BrandForm</name>
    <message>
        <source>About this brand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give the profile a brand of its &amp;own</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop using the organization's brand; the form below becomes this profile's own brand.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Primary contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Who TCR and carriers can reach</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>name@example.com</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>+14155550100</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. Compliance manager</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Business</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Legal name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>As registered with the tax authority</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Entity &amp;type:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not stated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ta&amp;x ID:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. 12-3456789</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>US EIN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Canadian business number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>https://example.com</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>State or re&amp;gion:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>US</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Compliance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Vertical:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Destination countries:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Two-letter codes, e.g. US, CA</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>+1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This profile uses the organization's brand, shown here as it is; only the organization can change it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This profile uses the organization's brand; only the organization can change it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This brand was submitted to The Campaign Registry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>on %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(TCR brand %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A submitted brand can no longer be changed, so it is shown read-only. To correct it, contact sent.dm support with the TCR brand ID.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The profile's own brand.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The profile has no brand yet. Fill in at least the contact's name, the relationship and the vertical to create one, or use the organization's brand (Profile tab).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Business na&amp;me:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Calling code:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Role:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tax ID type:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Street:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Postal code:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Country of registration:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rel&amp;ationship:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Main countr&amp;y:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Register with The Campaign Registry (US 10DLC TCR application)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Number prefix:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How well the messaging provider knows this business. The registry uses it to decide how much it checks the brand: choose Basic account for a new customer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Registers the brand with The Campaign Registry, which US carriers require for 10DLC messaging. A registered brand needs at least one campaign, and can no longer be changed once submitted.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cd::ui::BulkActions</name>
    <message>
        <source>&amp;Apply a campaign to the selected profiles…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create the same campaign (from a JSON file, with placeholders filled per profile) for every profile selected, after a preview.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Complete setup for the selected profiles…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete the selected &amp;profiles…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete the selected ca&amp;mpaigns…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Import profiles from CSV…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Select everything the filter shows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Resume unfinished jobs…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n profile(s) selected</source>
        <translation>
            <numerusform>%n profile selected</numerusform>
            <numerusform>%n profiles selected</numerusform>
        </translation>
    </message>
    <message>
        <source>The campaign to apply</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Campaign files (*.json)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Apply a campaign</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 does not hold a campaign (a JSON object, as the API's “campaign” field has it).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Apply the campaign “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Complete setup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sent.dm calls this address once each completion finishes (https://…):</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Complete the setup of %n profile(s)</source>
        <translation>
            <numerusform>Complete the setup of %n profile</numerusform>
            <numerusform>Complete the setup of %n profiles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n profile(s)</source>
        <translation>
            <numerusform>Delete %n profile</numerusform>
            <numerusform>Delete %n profiles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n campaign(s)</source>
        <translation>
            <numerusform>Delete %n campaign</numerusform>
            <numerusform>Delete %n campaigns</numerusform>
        </translation>
    </message>
    <message>
        <source>Profiles to import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import profiles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Import %n profile(s)</source>
        <translation>
            <numerusform>Import %n profile</numerusform>
            <numerusform>Import %n profiles</numerusform>
        </translation>
    </message>
    <message>
        <source>No bulk job of this connection is waiting to be finished.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;hange fields on the selected profiles…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Apply the selected campaign to the &amp;other selected profiles…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select one campaign and, with Ctrl, the profiles that should have it too.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The campaign is no longer there; it may have been deleted meanwhile.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Apply a campaign &amp;draft to the selected profiles…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Apply a campaign draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This connection has no draft of a new campaign.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The draft to apply (it stays a draft):</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cd::ui::BulkJobDialog</name>
    <message>
        <source>Working out the time left…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Less than a minute left</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>About %n minute(s) left</source>
        <translation>
            <numerusform>About %n minute left</numerusform>
            <numerusform>About %n minutes left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>About %n hour(s) left</source>
        <translation>
            <numerusform>About %n hour left</numerusform>
            <numerusform>About %n hours left</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading what sent.dm has now of the profiles…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter the items</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Items of the job</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The selected item's checks and changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select an item to see its checks and what it changes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send the items with warnings too: I have read the warnings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Items ended</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%v of %m items</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Dry run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ask sent.dm to check every item without making anything ("sandbox": true).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Retry the failed ones</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Export results…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel the job</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop the job for good? The items in flight end; the items not sent yet are not sent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading what sent.dm has now of the profiles… %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dry run finished: nothing was made.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — %2 of %3 done, %4 refused, %5 failed, %6 to go.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 ready, %2 with warnings, %3 with errors (left out until fixed), %4 left out. %n item(s) will be sent.</source>
        <translation>
            <numerusform>%1 ready, %2 with warnings, %3 with errors (left out until fixed), %4 left out. %n item will be sent.</numerusform>
            <numerusform>%1 ready, %2 with warnings, %3 with errors (left out until fixed), %4 left out. %n items will be sent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the results</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>bulk-job-results.csv</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The results could not be written to %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close the job</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The job is still running. Pause it and close? It is offered again at the next start, and resumes where it stopped.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel the jo&amp;b</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cd::ui::CampaignActions</name>
    <message>
        <source>&amp;New campaign…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Edit campaign…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Delete campaign…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>D&amp;rafts…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This profile's &amp;drafts…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create a campaign for the selected profile, checked before it is submitted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New campaign</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This profile's details are not available yet. Refresh (F5) and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has no brand, so it cannot have campaigns. Give the profile a brand of its own, or let it inherit the organization's, first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is a draft for %1: “%2”, last changed %3. Continue it?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit campaign</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This campaign's details are not available yet. Refresh (F5) and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” was submitted to The Campaign Registry and can no longer be changed. To change what it says, create a new campaign.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete campaign</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” belongs to the organization; this profile cannot delete it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete the campaign “%1”? sent.dm removes it from the profile; this cannot be undone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deleting “%1”…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” was not deleted. %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sent.dm has the campaign “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Campaign drafts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The draft's profile is no longer in this organization.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>untitled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 uses the organization's campaigns, which are read-only for it. To give it campaigns of its own, use Profile → Change inheritance, which shows what the switch does first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” belongs to the organization; this profile inherits it and cannot change it. The organization's campaigns are changed in sent.dm's dashboard, under the organization. To give this profile campaigns of its own, use Profile → Change inheritance.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cd::ui::CampaignWizard</name>
    <message>
        <source>Edit campaign — %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New campaign — %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save draft and close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” was submitted to The Campaign Registry and can no longer be changed. What you typed is kept as a draft: export it from the review to start a new campaign with it.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cd::ui::ColumnMappingDialog</name>
    <message>
        <source>Columns of the file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the field each column fills. The columns were matched by their headers; what you choose here is used again for the next file with the same headers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not used</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Field of the column “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” (e.g. %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check the &amp;rows…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>More than one column fills %1: only the first is used.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the column that holds the profiles' names.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cd::ui::CompletionWizard</name>
    <message>
        <source>Edit the profile…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit the brand…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New campaign…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change what it inherits…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Complete the setup of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What sent.dm will check</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every item must be met before the profile can be submitted. Fix what is missing, then go on.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The status the profile will get</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read the profile and its campaigns from sent.dm again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading %1 from sent.dm…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not read it again: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checked at %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Met</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not met</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Advised</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (advised, not required)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>submitted for review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>completed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;Once sent.dm has processed it, the profile will be %1.&lt;/b&gt;&lt;br&gt;%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Where sent.dm reports back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sent.dm calls this address once, when it has processed the profile. Compliance Desk does not depend on it: it watches the profile's status itself.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>https://hooks.example.com/sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Webhook address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Webhook address:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Problem with the webhook address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sent.dm requires an address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write a full web address, starting with https://.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This address is not encrypted: prefer https://.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Submitting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What sent.dm answered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The profile's status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Back to the checklist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Prerequisites not met</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not submitted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cd::ui::ConnectDialog</name>
    <message>
        <source>Connect an organization</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use the API key of the organization (or of one sender profile) from the sent.dm dashboard, Settings → API Keys. It is checked with sent.dm, then kept in the system keychain; it is never written to a file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connection name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. Northwind production</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>API address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paste the API key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Show the key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Result of the check</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Check and save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The local demo sandbox</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the API key again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checking the key with sent.dm…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The keychain cannot keep the key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use the key for this session only? It stays in memory until Compliance Desk quits and is never written to disk; you will be asked for it again next time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connected: %1 “%2”.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cd::ui::ConnectionBar</name>
    <message>
        <source>&amp;Connect an organization…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re&amp;move this connection…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Load everything again from sent.dm (F5)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connection:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a connection…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove connection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove “%1”?

Its API key is deleted from the system keychain, and this computer's copy of its organization with it. Nothing changes at sent.dm: connect again with the key at any time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Removing “%1”…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” was not removed: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cd::ui::ConsentPage</name>
    <message>
        <source>Consent and message flow</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How people agree to receive the messages, and what they are told when they do.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Message &amp;flow:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. Customers opt in on the sign-up form at https://… by ticking an unticked box. The form says: Msg frequency varies. Msg &amp; data rates may apply. Reply HELP for help, STOP to cancel. Terms: … Privacy: …</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Opt-in message:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The reply to someone who opts in, e.g. “%1: you're subscribed to … Msg frequency varies. Msg &amp; data rates may apply. Reply HELP for help, STOP to opt out.”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opt-in &amp;keywords:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. START, YES</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cd::ui::DashboardView</name>
    <message>
        <source>Profiles by status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Campaigns by status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Brands by identity status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Campaigns per use case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;Needs attention&lt;/b&gt; — most urgent first; Enter or double-click opens</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Items that need attention</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, as text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Profiles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Campaigns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Brands</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (draft for %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not submitted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing needs attention.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In this state since %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Flag &amp;reviews waiting more than</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Days in review before an item is flagged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Days in its current state</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>In review more than %n day(s)</source>
        <translation>
            <numerusform>In review more than %n day</numerusform>
            <numerusform>In review more than %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Each campaign counts once: an organization campaign that several profiles inherit is one campaign.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (the organization's)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 — affects %n profile(s)</source>
        <translation>
            <numerusform>%1 — affects %n profile</numerusform><numerusform>%1 — affects %n profiles</numerusform></translation>
    </message>
    <message>
        <source>Inherits it</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n profile(s) affected by the organization's brand or campaigns: they inherit something that was rejected, suspended or did not reach the registry.</source>
        <translation>
            <numerusform>%n profile affected by the organization's brand or campaigns: it inherits something that was rejected, suspended or did not reach the registry.</numerusform><numerusform>%n profiles affected by the organization's brand or campaigns: they inherit something that was rejected, suspended or did not reach the registry.</numerusform></translation>
    </message>
</context>
<context>
    <name>cd::ui::DetailsPanel</name>
    <message>
        <source>Copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (sent.dm: %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing selected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select the organization, a profile or a campaign to see all of its details.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Profiles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Channels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SMS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Configured</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not configured</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>WhatsApp</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>RCS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sender profile · %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Short name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Icon</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Billing model</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Billing contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Inherits the brand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Inherits campaigns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SMS number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>WhatsApp number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>WABA ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Campaigns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Brand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The organization's brand is used (inherited).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This profile has no brand yet, so it cannot have campaigns.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Brand (the organization's, read-only here)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Brand ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Identity status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Submitted to TCR</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TCR brand ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Universal EIN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Submitted to TCR: the brand can no longer be changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Business name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Business</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Legal name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Entity type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tax ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Country of registration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Compliance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Brand relationship</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Vertical</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (main)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Destination countries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TCR application</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phone number prefix</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expected volume</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Campaign of %1 · %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sync error: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Volume</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TCR campaign ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Carrier elections</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Complete %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Billed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use case: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Consent and messages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Message flow</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opt-in message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opt-in keywords</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opt-out message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opt-out keywords</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Help message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Help keywords</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Links</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Privacy policy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Terms and conditions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New campaign for this profile…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This profile's campaign drafts…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit the profile and its brand…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Complete the profile's setup…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>History on this computer…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>History on this computer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (request %2)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n earlier entry(s) not shown.</source>
        <translation>
            <numerusform>%n earlier entry not shown.</numerusform>
            <numerusform>%n earlier entries not shown.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — by %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message>
        <source>less than an hour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (since %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 or more (since its last change, %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>since its last change, %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In this status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sent.dm: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change where its brand and campaigns come from…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Brand and campaigns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Organization's brand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shared by the organization · %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shared by the organization</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The profiles below send under the organization's brand. It is read-only here: sent.dm's API has no way to change it from this app. It is changed in sent.dm's dashboard, under the organization.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>None of these profiles has reported the brand yet: it shows once their details are read.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Used by %n profile(s)</source>
        <translation>
            <numerusform>Used by %n profile</numerusform>
            <numerusform>Used by %n profiles</numerusform>
        </translation>
    </message>
    <message>
        <source>The organization's campaign · %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The profiles below use this campaign of the organization's. It is read-only here: sent.dm's API has no way to change it from this app. It is changed in sent.dm's dashboard, under the organization.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sync error: %1 — every profile below is affected.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rejected — every profile below is affected.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use cases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Inherited from the organization: read-only for this profile. The organization's campaigns are changed in sent.dm's dashboard, under the organization. To give this profile campaigns of its own, use Profile → Change inheritance.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cd::ui::DraftsDialog</name>
    <message>
        <source>Campaign drafts — %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Campaign drafts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Drafts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading the drafts…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — %2%3, last changed %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (changes to a campaign)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A draft that cannot be opened: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No drafts: everything typed has been submitted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Discard draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Discard the draft “%1”? What was typed in it is lost.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cd::ui::EmptyStatePage</name>
    <message>
        <source>No organization connected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connect an organization with its sent.dm API key to browse its sender profiles, brands and campaigns. To look around first, start Compliance Desk with --sandbox: it runs a local stand-in for sent.dm with a demo organization.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Connect an organization…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cd::ui::FieldSet</name>
    <message>
        <source>Problem with %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sent.dm:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cd::ui::FindingsLabel</name>
    <message>
        <source>Problems with this field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(acknowledged)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sent.dm:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cd::ui::HelpDialog</name>
    <message>
        <source>Compliance Desk Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The user guide is missing from this build.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>User guide</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the selected row's menu</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shift+F10 or the Menu key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the selected item, or load a failed row again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter or double-click</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Go to the field of a finding (review page)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move between fields</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cd::ui::HistoryDialog</name>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Acknowledged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>History — %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What this computer has seen and sent for %1, newest first. Select two changes to compare what they sent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Request ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>History entries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The selected entry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select an entry to see what was sent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Integrity of the history</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Co&amp;mpare the two</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select two changes (Ctrl+click) to see, field by field, what the later one sent differently</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check &amp;integrity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check that no entry of the history was changed or removed since it was written</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing recorded yet. Changes made here or with compliance-desk-cli, and the status changes the status checks see, are recorded from now on.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sent: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From entry %1 (%2) to entry %3 (%4):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Both sent the same fields.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(not sent)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The history is intact: %n entry(s) checked, none changed or removed.</source>
        <translation>
            <numerusform>The history is intact: %n entry checked, none changed or removed.</numerusform>
            <numerusform>The history is intact: %n entries checked, none changed or removed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>By: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All entries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changes made</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Warnings acknowledged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind of entries shown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Find in the entries (what, who, request id, what was sent)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Find in the history</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The history could not be checked: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The history is not intact: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cd::ui::InheritanceDialog</name>
    <message>
        <source>Its &amp;own brand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The organization's &amp;brand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Its o&amp;wn campaigns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The organization's ca&amp;mpaigns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>I understand that this profile &amp;stops sending until then</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Brand and campaigns of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose where this profile's brand and campaigns come from. What the change does is shown below before anything is sent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Brand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Campaigns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use its own brand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use the organization's brand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use its own campaigns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use the organization's campaigns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What the change does</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The change was not made. %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Swi&amp;tch</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cd::ui::InheritanceView</name>
    <message>
        <source>What the organization's profiles inherit, and how each is set up. Enter or double-click a row to see it in the tree.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Profiles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The organization's brand and campaigns, and the profiles by setup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The organization's brand and campaigns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Organization's brand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not reported yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Profiles that use the organization's brand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Profiles that use this campaign of the organization's</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No profile inherits anything of the organization's yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Profiles by setup</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cd::ui::LinksPage</name>
    <message>
        <source>Links</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The brand's public pages that reviewers open.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Privacy policy:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Terms and conditions:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cd::ui::LoadStatus</name>
    <message>
        <source>Loading progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading the key of “%1” from the keychain…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Showing the tree saved %1; refreshing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading campaigns: %1 of %2 profiles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading the organization…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Offline: showing the tree saved %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not up to date: the last refresh failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 profiles · up to date at %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading profiles: %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading profiles…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Showing the tree saved %1; refreshing: %2 of %3 profiles read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>last current at %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not up to date: the last refresh failed; %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 profiles · not up to date: %n campaign list(s) could not be read (Refresh to try again)</source>
        <translation>
            <numerusform>%1 profiles · not up to date: %n campaign list could not be read (Refresh to try again)</numerusform>
            <numerusform>%1 profiles · not up to date: %n campaign lists could not be read (Refresh to try again)</numerusform>
        </translation>
    </message>
    <message>
        <source>sent.dm: ready</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sent.dm: busy, requests are paced</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sent.dm: at its request limit, waiting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sent.dm answers up to %1 requests a minute; about %2 can be made right now. Background loading keeps a reserve so that what you click is answered at once.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cd::ui::LocalFilesWatch</name>
    <message>
        <source>&amp;Try again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cd::ui::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Expand all profiles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Collapse all</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Campaign</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n campaign draft(s) not yet submitted.</source>
        <translation>
            <numerusform>%n campaign draft not yet submitted.</numerusform>
            <numerusform>%n campaign drafts not yet submitted.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open drafts…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dash&amp;board</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show &amp;details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show dash&amp;board</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;About Compliance Desk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reset the &amp;demo…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reset the demo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start the demo organization afresh? Its profiles, brands and campaigns go back to how they started, and the demo's drafts are discarded. The local history keeps what it recorded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;What's This?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>B&amp;ulk</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n bulk job(s) did not finish the last time.</source>
        <translation>
            <numerusform>%n bulk job did not finish the last time.</numerusform>
            <numerusform>%n bulk jobs did not finish the last time.</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Inheritance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show &amp;inheritance</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cd::ui::OptOutPage</name>
    <message>
        <source>Opt-out and help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The replies to STOP and to HELP. Compliant texts are filled in; adjust them as needed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Opt-out message:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opt-out &amp;keywords:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. STOP, UNSUBSCRIBE, END</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Help message:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Help k&amp;eywords:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. HELP, INFO</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cd::ui::OrganizationTreeView</name>
    <message>
        <source>Organization tree</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cd::ui::ProblemLine</name>
    <message>
        <source>(+%1 more; see the tooltip)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cd::ui::ProfileActions</name>
    <message>
        <source>&amp;New profile…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Edit profile and brand…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Complete setup…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Delete profile…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create a child profile in this organization, with its brand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check the prerequisites and submit the profile for onboarding</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading the profile from sent.dm…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The profile could not be read from sent.dm. %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sent.dm has created the profile “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sent.dm has saved the changes to “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete the profile “%1”?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sent.dm keeps its records, but the profile stops sending, and what it still holds is released:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This cannot be undone from Compliance Desk.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The profile “%1” was deleted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” was not deleted. %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Complete setup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change &amp;inheritance…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose whether the profile uses its own brand and campaigns or the organization's, with what that does shown first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change inheritance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sent.dm has changed where “%1” gets its brand and campaigns.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cd::ui::ProfileDialog</name>
    <message>
        <source>Edit profile — %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What went wrong</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Brand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Create profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. Northwind Retail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. Northwind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>3 to 11 letters, digits or spaces, with at least one letter. Needed to complete the profile.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What the profile sends, and to whom</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Icon:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>https://example.com/logo.png</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Billing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Who pays:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Billing contact (receives the invoices)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>billing@example.com</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>+14155550100</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add&amp;ress:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From the organization</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The organization pays: its own billing contact receives the invoices.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Some fields need attention before the profile can be saved; they are marked below.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing you typed is lost: press %1 again to retry.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Discard the changes to this profile?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Short na&amp;me:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use the &amp;organization's brand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use the organization's campai&amp;gns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Who receives the invoices for this profile's messages and registration fees: the profile (it needs a billing contact of its own), the organization, or both.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The profile sends under the organization's brand, which only the organization can change. Untick to give the profile a brand of its own.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The profile sends under the organization's campaigns, read-only here. Untick to give it campaigns of its own; the organization's then no longer apply to it.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cd::ui::ProfileFieldsDialog</name>
    <message>
        <source>Leave as it is</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Change %n profile(s)</source>
        <translation>
            <numerusform>Change %n profile</numerusform>
            <numerusform>Change %n profiles</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose what every selected profile gets. Nothing is sent before you have seen the plan, profile by profile.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Who pays for messages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Uses the organization's brand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Uses the organization's campaigns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The brand's industry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The brand's relationship with sent.dm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Who pays for messages:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Uses the organization's &amp;brand:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Uses the organization's ca&amp;mpaigns:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The brand's &amp;industry:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The brand's &amp;relationship:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Countries the brand messages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Leave as it is, or e.g. US CA (two letters each, the main one first)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Coun&amp;tries it messages:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cd::ui::ReportActions</name>
    <message>
        <source>E&amp;xport compliance report…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;History…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The organization's compliance report, or the selected profile's or campaign's, as PDF or CSV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What this computer has seen and sent for the selected profile or campaign</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export compliance report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The report was not exported. %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Report saved: %1 (%n profile(s))</source>
        <translation>
            <numerusform>Report saved: %1 (%n profile)</numerusform>
            <numerusform>Report saved: %1 (%n profiles)</numerusform>
        </translation>
    </message>
    <message>
        <source>Export compliance report: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF document (*.pdf);;CSV for spreadsheets (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Gathering the organization from this computer's copy…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cd::ui::ReviewPage</name>
    <message>
        <source>Review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Errors must be fixed; each warning must be acknowledged. Double-click a finding to go to its field.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The request that will be sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check with sent.dm (dry run)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sent.dm validates the campaign with "sandbox": true; nothing is created.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import JSON…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export JSON…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sending to sent.dm…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sent.dm accepts this campaign as it is (dry run: nothing was created).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Submit to sent.dm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Errors: fix these</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Warnings: acknowledge each, or fix it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Predicted rejection: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tick to acknowledge: you know, and submit anyway. Predicted rejection: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sent.dm refused these fields</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n error(s) to fix before this can be submitted.</source>
        <translation>
            <numerusform>%n error to fix before this can be submitted.</numerusform>
            <numerusform>%n errors to fix before this can be submitted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No errors. %n warning(s) still to acknowledge.</source>
        <translation>
            <numerusform>No errors. %n warning still to acknowledge.</numerusform>
            <numerusform>No errors. %n warnings still to acknowledge.</numerusform>
        </translation>
    </message>
    <message>
        <source>No errors, and every warning acknowledged: ready to submit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The fields sent.dm refused are listed above; double-click one to fix it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your work is kept as a draft. Submit again to retry: it cannot create the campaign twice.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import a campaign</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 could not be read as a campaign: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Imported %1. The pages show it; check them before submitting.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export the campaign</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>campaign.json</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cd::ui::SelectionDetails</name>
    <message>
        <source>Loading</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The campaigns of %1 are on their way.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Campaigns not loaded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Press Enter on the row, or double-click it, to try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Details not available</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This item's details could not be read from this computer's copy. Refresh (F5) to fetch them again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set up as</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Brand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Campaigns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sends under</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No campaign yet</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cd::ui::SessionBanner</name>
    <message>
        <source>Problem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the key…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Until then, the tree shows what was loaded before.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The tree could not be refreshed; it shows what was loaded before.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The organization could not be loaded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close this message</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cd::ui::StatusWatch</name>
    <message>
        <source>Check &amp;statuses now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Notify me of status changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status checks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ask sent.dm now about everything still in review, instead of at the next check</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show a desktop notification when a profile or campaign of this connection changes status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status checks paused: offline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>They start again by themselves within a minute.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Watching %n item(s) in review</source>
        <translation>
            <numerusform>Watching %n item in review</numerusform>
            <numerusform>Watching %n items in review</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing in review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Items in review are checked now and then, less often the longer they stay the same. Check statuses now: Ctrl+Shift+R.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checking the statuses of everything in review…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Profile status changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Campaign status changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2): %3 → %4</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cd::ui::TreeContextMenu</name>
    <message>
        <source>Open the context menu</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cd::ui::TreeFilters</name>
    <message>
        <source>Nothing matches the search and filters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search name, id, status, use case…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show &amp;everything</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Needs attention only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Any use case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filters in use</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sho&amp;w everything</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clear the search and every filter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>profiles that are %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>campaigns that are %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>profiles and campaigns that are %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>campaigns for %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>profiles with brand identity “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>what needs attention</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>matching “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Showing only %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>use case “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Brand and campaigns from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Any</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>profiles set up with “%1”</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cd::ui::UseCaseBox</name>
    <message>
        <source>Use case %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use case %1 type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use case %1, sample message %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The whole message as it arrives, e.g. “%1: Hi {name}, your appointment is on {date}. Reply STOP to opt out.”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sample %1:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a sample</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove this use case</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cd::ui::UseCasesPage</name>
    <message>
        <source>Use cases and sample messages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Each kind of message the program sends, with 1 to 5 real examples. Write placeholders for what changes, e.g. {name} or {date}; name the brand and say how to opt out.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a use case</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cd::ui::WizardSteps</name>
    <message>
        <source>Steps</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Compliance Desk without a window: sent.dm profiles, brands and campaigns from the command line.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Who the API key belongs to.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The organization's sender profiles with their brand status.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One profile and its brand in detail.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A profile's campaigns (inherited ones included).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The whole organization: profiles, brands and campaigns.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create a campaign from FILE (the API's campaign object). --sandbox validates only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replace a campaign with FILE (refused once it was submitted to TCR).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete a campaign.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start the profile's completion; sent.dm calls URL once when it finishes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Environment:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  SENT_BASE_URL     the API's address when --base-url is not given</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exit codes:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  0  done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  2  usage: bad arguments, unreadable file, no API key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  3  could not connect or authenticate (network, TLS, timeout, key refused)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  4  sent.dm failed (server error, rate limit, unreadable answer, partial results)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The API's address (default https://api.sent.dm).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print JSON for machines instead of tables.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No progress or notes on stderr.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Log every request on stderr (API keys redacted).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changes: validate only; sent.dm stores nothing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>complete: the URL sent.dm calls when done.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What to do (see Commands).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown command: %1. See --help.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage: compliance-desk-cli %1 %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sandbox: sent.dm accepted the campaign; nothing was stored.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(The request had already been carried out; this is its original answer, request %1.)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This profile has no campaigns yet.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n campaign(s).</source>
        <translation>
            <numerusform>%n campaign.</numerusform>
            <numerusform>%n campaigns.</numerusform>
        </translation>
    </message>
    <message>
        <source>Created campaign %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Updated campaign %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sandbox: the campaign could be deleted; nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deleted campaign %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 requests, %2 retried, %3 rate-limited (429) answers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Code: %1 (HTTP %2) on %3</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Gave up after %n attempt(s).</source>
        <translation>
            <numerusform>Gave up after %n attempt.</numerusform>
            <numerusform>Gave up after %n attempts.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not valid JSON: %2 (at byte %3).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note: %1 ignores fields a campaign request does not have: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SHORT NAME</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>STATUS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>BRAND</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>UPDATED</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>inherited</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (inherited)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Short name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Billing model</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Billing contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Inherits brand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Inherits campaigns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SMS number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>WhatsApp number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Brand (inherited from the organization)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Brand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Brand status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Identity status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Submitted to TCR</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TCR brand ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Legal name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Entity type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tax ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Relationship</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Vertical</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TCR application</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Main country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Brand: the organization's (inherited)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Brand: none yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>USE CASES</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TCR ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>INHERITED</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” (%2), id %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SMS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>configured</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not configured</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>WhatsApp</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Profiles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This organization has no sender profiles yet.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n profile(s).</source>
        <translation>
            <numerusform>%n profile.</numerusform>
            <numerusform>%n profiles.</numerusform>
        </translation>
    </message>
    <message>
        <source>complete needs --webhook URL: sent.dm calls it once when the profile's setup finishes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--webhook must be an http or https URL, not “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sandbox: the prerequisites pass; nothing was started.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Completion of profile %1 started. sent.dm calls %2 once when it finishes; the callback may not reach you, so check with: compliance-desk-cli profile %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing to start: %1 (status: %2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the profile is already complete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 “%2” (%3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 [%2] brand: %3 (%4)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>campaigns could not be loaded: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 [%2] %3%4 (%5)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>, inherited</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading campaigns:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 profiles, %2 campaigns.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The campaigns of %n profile(s) could not be loaded.</source>
        <translation>
            <numerusform>The campaigns of %n profile could not be loaded.</numerusform>
            <numerusform>The campaigns of %n profiles could not be loaded.</numerusform>
        </translation>
    </message>
    <message>
        <source>--idempotency-key takes 1 to 255 letters, digits, “-” and “_”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved connections. add reads the key from standard input, checks it and keeps it in the system keychain.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  SENT_DM_API_KEY   the API key (never pass it on the command line); without it and without</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>                    --connection, the current saved connection is used</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  5  the system keychain could not be used</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use this saved connection (its address, and its key from the keychain).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--connection and --base-url cannot be used together: the connection has its address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no connection named “%1”. See: compliance-desk-cli connections list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No API key. Set SENT_DM_API_KEY to the organization's API key (the sent.dm dashboard, Settings → API Keys), or save one with: compliance-desk-cli connections add NAME</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--base-url needs SENT_DM_API_KEY; the saved connection “%1” has its own address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>API key (not shown): </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage: compliance-desk-cli connections add NAME [--base-url URL] &lt; key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No API key on standard input.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checking the key with %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved connection “%1”: %2 “%3”. The key is in the system keychain; it is now the current connection.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No saved connections. Add one with: compliance-desk-cli connections add NAME</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ADDRESS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>KEY</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ACCOUNT</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no connection named “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Removed connection “%1” and its key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is now the current connection.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage: compliance-desk-cli connections list | add NAME [--base-url URL] | remove NAME | use NAME</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check a campaign (the API's campaign object) against the registry's rules before submitting it. --profile also checks it against that profile's brand and settings. Exits 1 when it has errors.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>lint: the profile the campaign is for.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(the campaign)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fix: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Predicted rejection: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1: %n error(s), </source>
        <translation>
            <numerusform>%1: %n error, </numerusform>
            <numerusform>%1: %n errors, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s), </source>
        <translation>
            <numerusform>%n warning, </numerusform>
            <numerusform>%n warnings, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message>
        <source> (rules %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create a child profile from FILE (name, short_name, description, inheritance, brand…). --sandbox validates only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change a profile: only the fields FILE has (a brand submitted to TCR cannot change).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete a profile; its phone numbers are released.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 must hold a JSON object: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the campaign as the API's “campaign” field has it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sandbox: sent.dm accepted the profile; nothing was stored.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the profile as the API takes it (name, short_name, description, brand, …).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Created profile “%1” (%2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Updated profile “%1” (%2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sandbox: the profile could be deleted; nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deleted profile %1. Its phone numbers are released and its own WhatsApp account deregistered.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Watch what is in flight (profiles in review, campaigns waiting for the registry) and print each status change. --until-settled ends once nothing is in flight.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  6  watch --until-settled: the --timeout came first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>watch: end once nothing is in flight.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>watch: stop after this many seconds.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>watch: ask about each item this often at first (default 30; it grows while nothing moves).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--timeout takes a number of seconds.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--interval takes a number of seconds, at least 0.1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1  profile %2 “%3”: %4 → %5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sync error: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1  campaign %2 “%3”: %4 → %5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waiting: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing is in flight any more.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Stopped after --timeout; %n item(s) still in flight.</source>
        <translation>
            <numerusform>Stopped after --timeout; %n item still in flight.</numerusform>
            <numerusform>Stopped after --timeout; %n items still in flight.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Watching %n item(s) in flight.</source>
        <translation>
            <numerusform>Watching %n item in flight.</numerusform>
            <numerusform>Watching %n items in flight.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the organization…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 breaks the API's field rules; nothing was sent:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The compliance report of the organization (of one profile or campaign with ID): statuses, brand facts, campaigns with use cases and samples, the linter's findings and the timeline. CSV has one row per campaign (and per profile without campaigns), profile_id first; PDF is for people.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>history: check the history's chain of hashes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>history: compare what two entries sent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>report: pdf or csv (default: from --out's name).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No connection: name one with --connection, or set SENT_DM_API_KEY (and SENT_BASE_URL).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--diff takes two entry numbers, e.g. --diff 12,31 (see the history's first column).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no entry %1 here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Entry %1 is not a submission: only changes sent to sent.dm can be compared.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Entries %1 and %2 sent the same fields.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From entry %1 (%2) to entry %3 (%4):</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The history is intact: %n entry(s) checked.</source>
        <translation>
            <numerusform>The history is intact: %n entry checked.</numerusform>
            <numerusform>The history is intact: %n entries checked.</numerusform>
        </translation>
    </message>
    <message>
        <source>No history yet for this connection.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No history yet for %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Request ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Writing pages:</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1: %n profile(s)</source>
        <translation>
            <numerusform>%1: %n profile</numerusform>
            <numerusform>%1: %n profiles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n campaign(s).</source>
        <translation>
            <numerusform>, %n campaign.</numerusform>
            <numerusform>, %n campaigns.</numerusform>
        </translation>
    </message>
    <message>
        <source>report needs --out FILE (a .pdf or .csv file).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--format is pdf or csv (or name the --out file .pdf or .csv).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>report: the file to write (- for the CSV on standard output).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>standard output</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only the CSV report can go to standard output (--out -); a PDF needs a file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading profiles:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  7  done on sent.dm, but the local history could not be written</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The local history of the connection's items (of one profile or campaign with ID): status changes seen, changes made with their request ids, warnings acknowledged. --verify checks against the history's seal in the keychain that no entry was changed, removed or forged and the file was not emptied or replaced (exit 1 if it was; 7 if the file, 5 if the keychain cannot be used now); --diff compares what two submissions sent, field by field.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  1  sent.dm refused the request (validation, not found, conflict); lint found errors; history --verify found the history not intact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The history's seal could not be kept in the system keychain (%1): what was recorded is in the history, but its check cannot vouch for it against a rewrite.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The history could not be checked: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The history is not intact: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changes: send with this key (by default, the same change run again within 23 hours reuses the key it went out with, so sent.dm never makes it twice).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changes: make this change again even if the same one was made within the last 23 hours (a fresh idempotency key).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The same change was sent at %1: it goes out again with the same idempotency key (%2), so sent.dm carries it out at most once. To make it a second time, use --new.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The change may have been made: its answer did not arrive intact. Run the same command again to find out without making it twice (it reuses idempotency key %1 for 23 hours); --new makes it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Indent the JSON (it is indented on a terminal, compact otherwise).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Work on many profiles at once. The plan is printed first (what is left out and why; warnings go unless --strict; errors never do), then the job's id, then a line per item as it ends. TEMPLATE.json may use {{profile_name}}, {{brand_name}}, {{contact_phone}}, {{contact_email}} and {{website}}; IDS has one profile id a line (- for standard input); CHANGES.csv has a profile_id column and the fields to change. --dry-run sends every item with "sandbox": true: sent.dm's verdict, nothing made. A job cut short (a crash, a kill, the network) is finished by resume, each item under its own key. Exits 0 when every item is done, 1 when some were refused or held back, 4 when some failed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create profiles (with their brand) from a CSV file: columns matched to fields by their headers (or by MAP.json: {"field": "header"}), each row checked, rows that repeat a profile's name or short name left out; then a bulk job, as bulk prints it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>bulk: the profiles, one id a line (- for standard input).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>bulk, import-profiles: which column holds which field (JSON).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>bulk, import-profiles: sent.dm's verdict on every item; nothing made.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>bulk, import-profiles: hold back the items with warnings too.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>accepted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>request %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Dry run %1: %n item(s), sent with "sandbox": true; nothing will be made.</source>
        <translation>
            <numerusform>Dry run %1: %n item, sent with "sandbox": true; nothing will be made.</numerusform>
            <numerusform>Dry run %1: %n items, sent with "sandbox": true; nothing will be made.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Job %1: %n item(s).</source>
        <translation>
            <numerusform>Job %1: %n item.</numerusform>
            <numerusform>Job %1: %n items.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 done, %3 refused, %4 failed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run “compliance-desk-cli bulk resume %1” to send what is left again (each item under its own key: nothing is made twice).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>left out  %1 — %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>warning   %1 — %2 %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2 — %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>error    </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>left out </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plan: %1 ready, %2 with warnings%3, %4 with errors (held back), %5 left out.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (they go; --strict holds them back)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (held back)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing to send.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>bulk create-campaign needs --profiles FILE (one profile id a line; - for standard input).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Profiles read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Apply the campaign “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>bulk complete needs --profiles FILE and --webhook URL.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Complete the setup of %n profile(s)</source>
        <translation>
            <numerusform>Complete the setup of %n profile</numerusform>
            <numerusform>Complete the setup of %n profiles</numerusform>
        </translation>
    </message>
    <message>
        <source>field → column header, e.g. {"name": "Location"}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file has no column %1 named in %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 needs a profile_id column.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Change %n profile(s)</source>
        <translation>
            <numerusform>Change %n profile</numerusform>
            <numerusform>Change %n profiles</numerusform>
        </translation>
    </message>
    <message>
        <source>No bulk jobs for this account on this computer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Job</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (dry run)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no job %1 for this account on this computer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>bulk takes one of: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>bulk %1 needs one more argument.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>bulk %1 takes no more arguments.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Columns not used: %1 (--mapping names the field of each).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Profiles are created with the organization's key, not a profile's.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Import %n profile(s)</source>
        <translation>
            <numerusform>Import %n profile</numerusform>
            <numerusform>Import %n profiles</numerusform>
        </translation>
    </message>
    <message>
        <source>Who uses the organization's brand and campaigns, and the profiles grouped by where their brand and campaigns come from (own, the organization's, missing).</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The organization's brand: %1, used by %n profile(s)</source>
        <translation>
            <numerusform>The organization's brand: %1, used by %n profile</numerusform><numerusform>The organization's brand: %1, used by %n profiles</numerusform></translation>
    </message>
    <message>
        <source>not reported yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No profile uses the organization's brand.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No profile uses a campaign of the organization's.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The organization's campaigns:</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 [%2] (%3), used by %n profile(s)</source>
        <translation>
            <numerusform>%1 [%2] (%3), used by %n profile</numerusform><numerusform>%1 [%2] (%3), used by %n profiles</numerusform></translation>
    </message>
    <message>
        <source>Profiles by setup:</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n profile(s) inherit a brand or campaign that was rejected, suspended or did not reach the registry.</source>
        <translation>
            <numerusform>%n profile inherits a brand or campaign that was rejected, suspended or did not reach the registry.</numerusform><numerusform>%n profiles inherit a brand or campaign that was rejected, suspended or did not reach the registry.</numerusform></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Keep sent.dm senders, brands and 10DLC campaigns compliant.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start a local sandbox with a demo organization and connect to it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How much faster than real time the sandbox's registry moves.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The demo sandbox could not start: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A local stand-in for the sent.dm v3 API. Prints one line of JSON with its URL and keys on stdout, then logs to stderr only.</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>