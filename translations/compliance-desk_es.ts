<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es_ES">
<context>
    <name>SandboxOptions</name>
    <message>
        <source>TCP port on 127.0.0.1 (0 picks a free one).</source>
        <translation>Puerto TCP en 127.0.0.1 (0 elige uno libre).</translation>
    </message>
    <message>
        <source>Initial data: demo, empty or large:PROFILES:CAMPAIGNS.</source>
        <translation>Datos iniciales: demo, empty o large:PERFILES:CAMPAÑAS.</translation>
    </message>
    <message>
        <source>Keep the state in this SQLite file so it survives restarts.</source>
        <translation>Guardar el estado en este archivo SQLite para que sobreviva a los reinicios.</translation>
    </message>
    <message>
        <source>Run the registry's clock X times faster than real time.</source>
        <translation>Hacer que el reloj del registro vaya X veces más rápido que el tiempo real.</translation>
    </message>
    <message>
        <source>Delay every answer by MS milliseconds.</source>
        <translation>Retrasar cada respuesta MS milisegundos.</translation>
    </message>
    <message>
        <source>Answer this share of requests with a server error (0–1).</source>
        <translation>Responder a esta proporción de solicitudes con un error del servidor (0–1).</translation>
    </message>
    <message>
        <source>Do the work, then close the connection without answering, for this share of requests (0–1).</source>
        <translation>Hacer el trabajo y cerrar la conexión sin responder, para esta proporción de solicitudes (0–1).</translation>
    </message>
    <message>
        <source>Send an invalid JSON body for this share of answers (0–1).</source>
        <translation>Enviar un cuerpo JSON no válido en esta proporción de respuestas (0–1).</translation>
    </message>
    <message>
        <source>Requests per minute per key pool (0 turns rate limiting off).</source>
        <translation>Solicitudes por minuto por grupo de claves (0 desactiva el límite).</translation>
    </message>
    <message>
        <source>Requests per minute for the sensitive tier (profile completion).</source>
        <translation>Solicitudes por minuto para el nivel sensible (completar perfiles).</translation>
    </message>
    <message>
        <source>Seed for the fault injector and the registry simulation.</source>
        <translation>Semilla del inyector de fallos y de la simulación del registro.</translation>
    </message>
    <message>
        <source>Use this organization API key instead of a generated one.</source>
        <translation>Usar esta clave de API de la organización en lugar de una generada.</translation>
    </message>
    <message>
        <source>Serve the profile list in pages of at most N (0: the whole list in one answer, without pagination).</source>
        <translation>Servir la lista de perfiles en páginas de como máximo N (0: toda la lista en una respuesta, sin paginación).</translation>
    </message>
    <message>
        <source>Answer every page of the profile list with the first (a broken server, for tests).</source>
        <translation>Responder a cada página de la lista de perfiles con la primera (un servidor averiado, para pruebas).</translation>
    </message>
    <message>
        <source>Answer a started completion with 202 (with a body) or 204 (without).</source>
        <translation>Responder a una finalización iniciada con 202 (con cuerpo) o 204 (sin cuerpo).</translation>
    </message>
    <message>
        <source>Mark the profile endpoints deprecated, to be retired on DATE (YYYY-MM-DD): Deprecation, Sunset and Link headers.</source>
        <translation>Marcar los endpoints de perfiles como obsoletos, que se retirarán el DATE (AAAA-MM-DD): cabeceras Deprecation, Sunset y Link.</translation>
    </message>
    <message>
        <source>Answer the profile endpoints 404 ROUTE_NOT_FOUND, as once the API version is retired.</source>
        <translation>Responder a los endpoints de perfiles con 404 ROUTE_NOT_FOUND, como cuando se retira la versión de la API.</translation>
    </message>
    <message>
        <source>--port must be between 0 and 65535.</source>
        <translation>--port debe estar entre 0 y 65535.</translation>
    </message>
    <message>
        <source>--seed must be demo, empty or large:PROFILES:CAMPAIGNS.</source>
        <translation>--seed debe ser demo, empty o large:PERFILES:CAMPAÑAS.</translation>
    </message>
    <message>
        <source>--time-scale must be a positive number.</source>
        <translation>--time-scale debe ser un número positivo.</translation>
    </message>
    <message>
        <source>--latency must be zero or more milliseconds.</source>
        <translation>--latency debe ser cero o más milisegundos.</translation>
    </message>
    <message>
        <source>--%1 must be between 0 and 1.</source>
        <translation>--%1 debe estar entre 0 y 1.</translation>
    </message>
    <message>
        <source>--rate-limit must be zero or more.</source>
        <translation>--rate-limit debe ser cero o más.</translation>
    </message>
    <message>
        <source>--sensitive-rate-limit must be zero or more.</source>
        <translation>--sensitive-rate-limit debe ser cero o más.</translation>
    </message>
    <message>
        <source>--random-seed must be a whole number.</source>
        <translation>--random-seed debe ser un número entero.</translation>
    </message>
    <message>
        <source>--page-size must be between 0 and 100.</source>
        <translation>--page-size debe estar entre 0 y 100.</translation>
    </message>
    <message>
        <source>--complete-status must be 202 or 204.</source>
        <translation>--complete-status debe ser 202 o 204.</translation>
    </message>
    <message>
        <source>--sunset must be a date, YYYY-MM-DD.</source>
        <translation>--sunset debe ser una fecha, AAAA-MM-DD.</translation>
    </message>
</context>
<context>
    <name>cd::AccessManager</name>
    <message>
        <source>“%1” is not a valid address.</source>
        <translation>«%1» no es una dirección válida.</translation>
    </message>
    <message>
        <source>The address %1 uses plain HTTP. API keys are only sent over HTTPS (plain HTTP is allowed for this computer's own sandbox only).</source>
        <translation>La dirección %1 usa HTTP sin cifrar. Las claves de API solo se envían por HTTPS (HTTP sin cifrar solo se permite para el sandbox de este mismo equipo).</translation>
    </message>
    <message>
        <source>The address %1 does not use HTTPS.</source>
        <translation>La dirección %1 no usa HTTPS.</translation>
    </message>
</context>
<context>
    <name>cd::Account</name>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Sender profile</source>
        <translation>Perfil de remitente</translation>
    </message>
</context>
<context>
    <name>cd::ApiError</name>
    <message>
        <source>sent.dm no longer serves this part of its API (%1): the version Compliance Desk speaks has been retired. Compliance Desk needs an update to go on; nothing changed in the organization itself.</source>
        <translation>sent.dm ya no ofrece esta parte de su API (%1): la versión que habla Compliance Desk se ha retirado. Compliance Desk necesita una actualización para continuar; en la organización no ha cambiado nada.</translation>
    </message>
    <message>
        <source>No API key was sent. Add the organization's API key to the connection.</source>
        <translation>No se envió ninguna clave de API. Añada la clave de API de la organización a la conexión.</translation>
    </message>
    <message>
        <source>The API key was not accepted: it is wrong, or it was revoked. Check the key in the sent.dm dashboard (Settings → API Keys).</source>
        <translation>La clave de API no fue aceptada: es incorrecta o fue revocada. Compruebe la clave en el panel de sent.dm (Settings → API Keys).</translation>
    </message>
    <message>
        <source>This API key's role does not allow this operation. An administrator's key is needed.</source>
        <translation>El rol de esta clave de API no permite esta operación. Se necesita la clave de un administrador.</translation>
    </message>
    <message>
        <source>The sent.dm account is not activated yet. Wait for Sent to activate it, then try again.</source>
        <translation>La cuenta de sent.dm aún no está activada. Espere a que Sent la active y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The account's KYC verification is not complete. Submit the KYC documents in the sent.dm dashboard first.</source>
        <translation>La verificación KYC de la cuenta no está completa. Envíe primero los documentos KYC en el panel de sent.dm.</translation>
    </message>
    <message>
        <source>The account has no messaging channel configured yet.</source>
        <translation>La cuenta aún no tiene ningún canal de mensajería configurado.</translation>
    </message>
    <message>
        <source>sent.dm has no such profile (any more): it may have been deleted, or it belongs to another organization.</source>
        <translation>sent.dm no tiene ese perfil (ya): puede que se haya eliminado o que pertenezca a otra organización.</translation>
    </message>
    <message>
        <source>sent.dm has no such organization for this key.</source>
        <translation>sent.dm no tiene esa organización para esta clave.</translation>
    </message>
    <message>
        <source>sent.dm has no such user in this organization.</source>
        <translation>sent.dm no tiene ese usuario en esta organización.</translation>
    </message>
    <message>
        <source>It exists already: sent.dm refuses a duplicate.</source>
        <translation>Ya existe: sent.dm rechaza un duplicado.</translation>
    </message>
    <message>
        <source>sent.dm has no such webhook (any more).</source>
        <translation>sent.dm no tiene ese webhook (ya).</translation>
    </message>
    <message>
        <source>sent.dm has no such item (any more): it may have been deleted.</source>
        <translation>sent.dm no tiene ese elemento (ya): puede que se haya eliminado.</translation>
    </message>
    <message>
        <source>This profile has no brand yet, so it cannot have campaigns. Add a brand to the profile, or let it inherit the organization's brand.</source>
        <translation>Este perfil aún no tiene marca, así que no puede tener campañas. Añada una marca al perfil o deje que herede la marca de la organización.</translation>
    </message>
    <message>
        <source>sent.dm is limiting how fast requests can be made. Wait a moment and try again.</source>
        <translation>sent.dm está limitando la velocidad de las solicitudes. Espere un momento y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The same change is still being processed. Wait a moment and try again.</source>
        <translation>El mismo cambio aún se está procesando. Espere un momento y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The request's idempotency key was refused.</source>
        <translation>Se rechazó la clave de idempotencia de la solicitud.</translation>
    </message>
    <message>
        <source>A phone number is not in international format (E.164, such as +14155550123).</source>
        <translation>Un número de teléfono no está en formato internacional (E.164, como +14155550123).</translation>
    </message>
    <message>
        <source>An identifier in the request is not a valid id.</source>
        <translation>Un identificador de la solicitud no es un id válido.</translation>
    </message>
    <message>
        <source>sent.dm refused the request: a required field is missing.</source>
        <translation>sent.dm rechazó la solicitud: falta un campo obligatorio.</translation>
    </message>
    <message>
        <source>sent.dm refused the request: a value is out of its allowed range.</source>
        <translation>sent.dm rechazó la solicitud: un valor está fuera del rango permitido.</translation>
    </message>
    <message>
        <source>sent.dm refused the request: a value is not one of the words it accepts.</source>
        <translation>sent.dm rechazó la solicitud: un valor no es una de las palabras que acepta.</translation>
    </message>
    <message>
        <source>The sent.dm account's balance is too low for this. Add funds in the sent.dm dashboard.</source>
        <translation>El saldo de la cuenta de sent.dm es insuficiente para esto. Añada fondos en el panel de sent.dm.</translation>
    </message>
    <message>
        <source>This would exceed the account's quota.</source>
        <translation>Esto superaría la cuota de la cuenta.</translation>
    </message>
    <message>
        <source>sent.dm is briefly unavailable (HTTP %1). Try again in a few minutes.</source>
        <translation>sent.dm no está disponible por un momento (HTTP %1). Vuelva a intentarlo en unos minutos.</translation>
    </message>
    <message>
        <source>A service sent.dm depends on failed (HTTP %1). Try again in a few minutes.</source>
        <translation>Falló un servicio del que depende sent.dm (HTTP %1). Vuelva a intentarlo en unos minutos.</translation>
    </message>
    <message>
        <source>sent.dm timed out waiting for the operation (HTTP %1). Check whether it was carried out before trying again.</source>
        <translation>sent.dm agotó el tiempo de espera de la operación (HTTP %1). Compruebe si se llevó a cabo antes de volver a intentarlo.</translation>
    </message>
    <message>
        <source>This API key may not do this.</source>
        <translation>Esta clave de API no puede hacer esto.</translation>
    </message>
    <message>
        <source>It was not found: it may have been deleted, or it belongs to another organization.</source>
        <translation>No se encontró: puede que se haya eliminado o que pertenezca a otra organización.</translation>
    </message>
    <message>
        <source>sent.dm refused the request.</source>
        <translation>sent.dm rechazó la solicitud.</translation>
    </message>
    <message>
        <source>sent.dm refused the request: some fields need attention.</source>
        <translation>sent.dm rechazó la solicitud: algunos campos requieren atención.</translation>
    </message>
    <message>
        <source>sent.dm refused the request because it conflicts with the current state.</source>
        <translation>sent.dm rechazó la solicitud porque entra en conflicto con el estado actual.</translation>
    </message>
    <message>
        <source>sent.dm had a problem answering (HTTP %1). This is usually temporary; try again in a few minutes.</source>
        <translation>sent.dm tuvo un problema al responder (HTTP %1). Suele ser pasajero; vuelva a intentarlo en unos minutos.</translation>
    </message>
    <message>
        <source>sent.dm answered with HTTP %1.</source>
        <translation>sent.dm respondió con HTTP %1.</translation>
    </message>
    <message>
        <source>Could not reach %1: %2. Check the network connection and try again.</source>
        <translation>No se pudo conectar con %1: %2. Compruebe la conexión de red y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be verified (%2). Nothing was sent; check the address and the system's certificates.</source>
        <translation>No se pudo verificar la conexión segura con %1 (%2). No se envió nada; compruebe la dirección y los certificados del sistema.</translation>
    </message>
    <message>
        <source>%1 did not answer in time. Try again; if it keeps happening, the service may be slow or unreachable.</source>
        <translation>%1 no respondió a tiempo. Vuelva a intentarlo; si sigue ocurriendo, puede que el servicio esté lento o inaccesible.</translation>
    </message>
    <message>
        <source>sent.dm says: “%1” (%2).</source>
        <translation>sent.dm dice: «%1» (%2).</translation>
    </message>
    <message>
        <source>sent.dm says: “%1”.</source>
        <translation>sent.dm dice: «%1».</translation>
    </message>
    <message>
        <source>sent.dm sent an answer that could not be read (%1). Try again.</source>
        <translation>sent.dm envió una respuesta que no se pudo leer (%1). Vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Se canceló la solicitud.</translation>
    </message>
    <message>
        <source>Request ID for support: %1</source>
        <translation>ID de solicitud para soporte: %1</translation>
    </message>
    <message>
        <source>Client request ID for support: %1</source>
        <translation>ID de solicitud del cliente para soporte: %1</translation>
    </message>
    <message>
        <source>What is inherited from the organization cannot be changed from a profile: it is changed in sent.dm's dashboard, under the organization.</source>
        <translation>Lo heredado de la organización no se puede cambiar desde un perfil: se cambia en el panel de sent.dm, en la organización.</translation>
    </message>
</context>
<context>
    <name>cd::ApiJob</name>
    <message>
        <source>%1 redirected the request to %2, which is not followed (the API key stays with %1).</source>
        <translation>%1 redirigió la solicitud a %2, y no se siguió (la clave de API se queda en %1).</translation>
    </message>
    <message>
        <source>%1 redirected the change to %2 in a way that would drop what it sends (HTTP %3); it was not followed.</source>
        <translation>%1 redirigió el cambio a %2 de una forma que descartaría lo enviado (HTTP %3); no se siguió.</translation>
    </message>
    <message>
        <source>%1 redirected the request more than %2 times (last to %3); it was not followed further.</source>
        <translation>%1 redirigió la solicitud más de %2 veces (la última a %3); no se siguió más.</translation>
    </message>
    <message>
        <source>the answer was larger than %1 MB, more than any organization needs; it was not read</source>
        <translation>la respuesta superaba los %1 MB, más de lo que necesita cualquier organización; no se leyó</translation>
    </message>
    <message>
        <source>an interim HTTP %1 instead of an answer</source>
        <translation>un HTTP %1 provisional en lugar de una respuesta</translation>
    </message>
    <message>
        <source>the answer was empty</source>
        <translation>la respuesta estaba vacía</translation>
    </message>
    <message>
        <source>the answer was JSON, but not the object sent.dm answers with (it was a list or a single value)</source>
        <translation>la respuesta era JSON, pero no el objeto con el que responde sent.dm (era una lista o un valor suelto)</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>JSON no válido: %1</translation>
    </message>
</context>
<context>
    <name>cd::ApiNotice</name>
    <message>
        <source>sent.dm will retire %1 on %2.</source>
        <translation>sent.dm retirará %1 el %2.</translation>
    </message>
    <message>
        <source>sent.dm has marked %1 as deprecated: it still works, and will be retired later.</source>
        <translation>sent.dm ha marcado %1 como obsoleto: sigue funcionando y se retirará más adelante.</translation>
    </message>
    <message>
        <source>Compliance Desk may need an update before then.</source>
        <translation>Puede que Compliance Desk necesite una actualización antes de esa fecha.</translation>
    </message>
    <message>
        <source>sent.dm warns about %1: “%2”.</source>
        <translation>sent.dm advierte sobre %1: «%2».</translation>
    </message>
    <message>
        <source>More: %1</source>
        <translation>Más información: %1</translation>
    </message>
</context>
<context>
    <name>cd::BulkItem</name>
    <message>
        <source>Create profile</source>
        <translation>Crear perfil</translation>
    </message>
    <message>
        <source>Change profile</source>
        <translation>Cambiar perfil</translation>
    </message>
    <message>
        <source>Complete setup</source>
        <translation>Completar la configuración</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Eliminar perfil</translation>
    </message>
    <message>
        <source>Create campaign</source>
        <translation>Crear campaña</translation>
    </message>
    <message>
        <source>Change campaign</source>
        <translation>Cambiar campaña</translation>
    </message>
    <message>
        <source>Delete campaign</source>
        <translation>Eliminar campaña</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Sent, waiting for the answer</source>
        <translation>Enviado, a la espera de la respuesta</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Refused by sent.dm</source>
        <translation>Rechazado por sent.dm</translation>
    </message>
    <message>
        <source>Failed, can be retried</source>
        <translation>Falló, se puede reintentar</translation>
    </message>
    <message>
        <source>Cancelled, not sent</source>
        <translation>Cancelado, no enviado</translation>
    </message>
</context>
<context>
    <name>cd::BulkJob</name>
    <message>
        <source>Not started</source>
        <translation>Sin iniciar</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminado</translation>
    </message>
</context>
<context>
    <name>cd::BulkJobModel</name>
    <message>
        <source>sent.dm would accept it</source>
        <translation>sent.dm lo aceptaría</translation>
    </message>
    <message>
        <source>Held back (warnings not acknowledged)</source>
        <translation>Retenido (advertencias sin confirmar)</translation>
    </message>
    <message>
        <source>Checked by sent.dm; nothing was made (request %1)</source>
        <translation>Comprobado por sent.dm; no se creó nada (solicitud %1)</translation>
    </message>
    <message>
        <source>Made (request %1)</source>
        <translation>Creado (solicitud %1)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) set</source>
        <translation>
            <numerusform>%n campo definido</numerusform>
            <numerusform>%n campos definidos</numerusform>
        </translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <source>• %1: %2</source>
        <translation>• %1: %2</translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation>ID de solicitud: %1</translation>
    </message>
    <message>
        <source>Made: %1</source>
        <translation>Creado: %1</translation>
    </message>
    <message>
        <source>The linter, against this profile:</source>
        <translation>Las reglas, para este perfil:</translation>
    </message>
    <message>
        <source>• %1 %2 (%3): %4</source>
        <translation>• %1 %2 (%3): %4</translation>
    </message>
    <message>
        <source>What sent.dm will check:</source>
        <translation>Lo que comprobará sent.dm:</translation>
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
        <translation>Lo que cambia en sent.dm:</translation>
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
        <translation>Qué supone el cambio para el perfil:</translation>
    </message>
</context>
<context>
    <name>cd::BulkPlanner</name>
    <message>
        <source>%1: “%2”</source>
        <translation>%1: «%2»</translation>
    </message>
    <message>
        <source>Uses the organization's campaigns: a campaign of its own needs it to stop inheriting them first.</source>
        <translation>Usa las campañas de la organización: para tener una campaña propia, primero debe dejar de heredarlas.</translation>
    </message>
    <message>
        <source>Has no brand yet, and a campaign needs one.</source>
        <translation>Aún no tiene marca, y una campaña la necesita.</translation>
    </message>
    <message>
        <source>Already has a campaign named “%1”.</source>
        <translation>Ya tiene una campaña llamada «%1».</translation>
    </message>
    <message>
        <source>Uses {{%1}}, which is not a placeholder.</source>
        <translation>Usa {{%1}}, que no es un marcador.</translation>
    </message>
    <message>
        <source>Has no value for {{%1}} (%2).</source>
        <translation>No tiene valor para {{%1}} (%2).</translation>
    </message>
    <message>
        <source>Uses the organization's brand: its brand cannot be changed here.</source>
        <translation>Usa la marca de la organización: su marca no se puede cambiar aquí.</translation>
    </message>
    <message>
        <source>Its brand was submitted to The Campaign Registry and can no longer be changed.</source>
        <translation>Su marca se envió a The Campaign Registry y ya no se puede cambiar.</translation>
    </message>
    <message>
        <source>Already has these values.</source>
        <translation>Ya tiene estos valores.</translation>
    </message>
    <message>
        <source>Its setup is not waiting to be completed (%1).</source>
        <translation>Su configuración no está pendiente de completarse (%1).</translation>
    </message>
    <message>
        <source>Belongs to the organization, which this profile inherits it from.</source>
        <translation>Pertenece a la organización, de la que este perfil la hereda.</translation>
    </message>
    <message>
        <source>Has no brand of its own to change.</source>
        <translation>No tiene una marca propia que cambiar.</translation>
    </message>
</context>
<context>
    <name>cd::BulkRunner</name>
    <message>
        <source>The job could not be written to this computer's job journal, so it was not started: nothing was sent.</source>
        <translation>El trabajo no se pudo escribir en el registro de trabajos de este equipo, así que no se inició: no se envió nada.</translation>
    </message>
    <message>
        <source>There is no job %1 on this computer.</source>
        <translation>No hay ningún trabajo %1 en este equipo.</translation>
    </message>
    <message>
        <source>Job %1 was made with another account; open that connection to resume it.</source>
        <translation>El trabajo %1 se creó con otra cuenta; abra esa conexión para reanudarlo.</translation>
    </message>
    <message>
        <source>This item carried payment or WhatsApp details, which are not kept on this computer; it can only be sent by starting the job again.</source>
        <translation>Este elemento llevaba datos de pago o de WhatsApp, que no se guardan en este equipo; solo se puede enviar iniciando de nuevo el trabajo.</translation>
    </message>
    <message>
        <source>Sent on %1, but its answer never came, and that was too long ago for sent.dm to recognise it again: check in the tree whether it was made before trying it again.</source>
        <translation>Se envió el %1, pero la respuesta nunca llegó, y hace demasiado tiempo para que sent.dm lo reconozca: compruebe en el árbol si se hizo antes de volver a intentarlo.</translation>
    </message>
    <message>
        <source>The connection was closed.</source>
        <translation>La conexión se cerró.</translation>
    </message>
    <message>
        <source>The connection was closed while the job ran; resume it to send the rest.</source>
        <translation>La conexión se cerró mientras el trabajo estaba en curso; reanúdelo para enviar el resto.</translation>
    </message>
    <message>
        <source>Its answer did not arrive, so it may have been made; a retry sends it again under the same key, and sent.dm does not make it twice. %1</source>
        <translation>Su respuesta no llegó, así que puede que se haya hecho; un reintento lo envía de nuevo con la misma clave y sent.dm no lo hace dos veces. %1</translation>
    </message>
</context>
<context>
    <name>cd::BulkSelection</name>
    <message>
        <source>The organization has no profile %1.</source>
        <translation>La organización no tiene ningún perfil %1.</translation>
    </message>
</context>
<context>
    <name>cd::CampaignTemplate</name>
    <message>
        <source>the profile's name</source>
        <translation>el nombre del perfil</translation>
    </message>
    <message>
        <source>the brand's business name (the profile's name when it has none)</source>
        <translation>el nombre comercial de la marca (el nombre del perfil si no tiene)</translation>
    </message>
    <message>
        <source>the brand contact's phone number</source>
        <translation>el teléfono del contacto de la marca</translation>
    </message>
    <message>
        <source>the brand contact's email address (the profile's when it has none)</source>
        <translation>el correo del contacto de la marca (el del perfil si no tiene)</translation>
    </message>
    <message>
        <source>the business's website</source>
        <translation>el sitio web de la empresa</translation>
    </message>
</context>
<context>
    <name>cd::ChangeSettlement</name>
    <message>
        <source>The completion of the profile%1 sent at %2, whose answer was lost, was made: sent.dm shows it started.</source>
        <translation>La finalización del perfil%1 enviada a las %2, cuya respuesta se perdió, se realizó: sent.dm muestra que ha comenzado.</translation>
    </message>
    <message>
        <source>The completion of the profile%1 sent at %2, whose answer was lost, was not made: the profile is still incomplete. Complete it again to start it.</source>
        <translation>La finalización del perfil%1 enviada a las %2, cuya respuesta se perdió, no se realizó: el perfil sigue incompleto. Complételo de nuevo para iniciarla.</translation>
    </message>
    <message>
        <source>The change to the campaign%1 sent at %2, whose answer was lost, was made: sent.dm shows it.</source>
        <translation>El cambio en la campaña%1 enviado a las %2, cuya respuesta se perdió, se realizó: sent.dm lo muestra.</translation>
    </message>
    <message>
        <source>The change to the campaign%1 sent at %2, whose answer was lost, is not what sent.dm shows now; make it again if it is still wanted.</source>
        <translation>El cambio en la campaña%1 enviado a las %2, cuya respuesta se perdió, no coincide con lo que muestra sent.dm ahora; vuelva a hacerlo si todavía lo desea.</translation>
    </message>
    <message>
        <source>The campaign%1 sent at %2, whose answer was lost, was created (id %3).</source>
        <translation>La campaña%1 enviada a las %2, cuya respuesta se perdió, se creó (id %3).</translation>
    </message>
    <message>
        <source>The campaign%1 sent at %2, whose answer was lost, was not created: sent.dm lists no such campaign. Create it again to make it.</source>
        <translation>La campaña%1 enviada a las %2, cuya respuesta se perdió, no se creó: sent.dm no muestra esa campaña. Créela de nuevo.</translation>
    </message>
    <message>
        <source>The profile%1 sent at %2, whose answer was lost, was created (id %3).</source>
        <translation>El perfil%1 enviado a las %2, cuya respuesta se perdió, se creó (id %3).</translation>
    </message>
    <message>
        <source>The profile%1 sent at %2, whose answer was lost, was not created: sent.dm lists no such profile. Create it again to make it.</source>
        <translation>El perfil%1 enviado a las %2, cuya respuesta se perdió, no se creó: sent.dm no muestra ese perfil. Créelo de nuevo.</translation>
    </message>
    <message>
        <source>The change to the profile%1 sent at %2, whose answer was lost, was made: sent.dm shows it.</source>
        <translation>El cambio en el perfil%1 enviado a las %2, cuya respuesta se perdió, se realizó: sent.dm lo muestra.</translation>
    </message>
    <message>
        <source>The change to the profile%1 sent at %2, whose answer was lost, is not what sent.dm shows now; make it again if it is still wanted.</source>
        <translation>El cambio en el perfil%1 enviado a las %2, cuya respuesta se perdió, no coincide con lo que muestra sent.dm ahora; vuelva a hacerlo si todavía lo desea.</translation>
    </message>
</context>
<context>
    <name>cd::CompletionChecklist</name>
    <message>
        <source>The profile has a name.</source>
        <translation>El perfil tiene nombre.</translation>
    </message>
    <message>
        <source>The profile has a short name.</source>
        <translation>El perfil tiene nombre corto.</translation>
    </message>
    <message>
        <source>The profile has a description.</source>
        <translation>El perfil tiene descripción.</translation>
    </message>
    <message>
        <source>The organization has a brand for the profile to inherit.</source>
        <translation>La organización tiene una marca que el perfil puede heredar.</translation>
    </message>
    <message>
        <source>The profile has a brand of its own.</source>
        <translation>El perfil tiene una marca propia.</translation>
    </message>
    <message>
        <source>The organization has campaigns for the profile to inherit.</source>
        <translation>La organización tiene campañas que el perfil puede heredar.</translation>
    </message>
    <message>
        <source>A TCR application has at least one campaign.</source>
        <translation>Una solicitud TCR tiene al menos una campaña.</translation>
    </message>
    <message>
        <source>The profile has campaigns of its own.</source>
        <translation>El perfil tiene campañas propias.</translation>
    </message>
    <message>
        <source>It has neither an SMS nor a WhatsApp number yet, so it waits for one.</source>
        <translation>Aún no tiene número de SMS ni de WhatsApp, así que espera a tener uno.</translation>
    </message>
    <message>
        <source>Its own brand or campaigns go to The Campaign Registry for review.</source>
        <translation>Su propia marca o sus campañas pasan a revisión en The Campaign Registry.</translation>
    </message>
    <message>
        <source>Its main destination country's documents are reviewed first.</source>
        <translation>Primero se revisan los documentos de su país de destino principal.</translation>
    </message>
    <message>
        <source>Nothing needs review: it can send once the setup runs.</source>
        <translation>No hay nada que revisar: podrá enviar en cuanto se ejecute la configuración.</translation>
    </message>
</context>
<context>
    <name>cd::CompletionEngine</name>
    <message>
        <source>Asking sent.dm to complete the setup of %1…</source>
        <translation>Pidiendo a sent.dm que complete la configuración de %1…</translation>
    </message>
    <message>
        <source>sent.dm did not start the setup; these prerequisites are not met:</source>
        <translation>sent.dm no inició la configuración; no se cumplen estos requisitos:</translation>
    </message>
    <message>
        <source>Go back to the checklist, fix them, and submit again.</source>
        <translation>Vuelva a la lista de comprobación, corríjalos y envíe de nuevo.</translation>
    </message>
    <message>
        <source>Dry run: the prerequisites pass; nothing was started.</source>
        <translation>Simulación: los requisitos se cumplen; no se inició nada.</translation>
    </message>
    <message>
        <source>Nothing to do: %1 (status: %2).</source>
        <translation>Nada que hacer: %1 (estado: %2).</translation>
    </message>
    <message>
        <source>the profile is already complete</source>
        <translation>el perfil ya está completo</translation>
    </message>
    <message>
        <source>sent.dm has started processing %1. This can take a while; the status below follows it, and you will be told when it changes even if you close this window.</source>
        <translation>sent.dm ha empezado a procesar %1. Puede tardar un rato; el estado de abajo lo sigue y se le avisará cuando cambie aunque cierre esta ventana.</translation>
    </message>
    <message>
        <source>Status: %1 — watching for changes…</source>
        <translation>Estado: %1 — vigilando cambios…</translation>
    </message>
    <message>
        <source>Status: %1 (at %2). Nothing more to wait for.</source>
        <translation>Estado: %1 (a las %2). No hay nada más que esperar.</translation>
    </message>
    <message>
        <source>Status: %1 (at %2) — in review; still watching…</source>
        <translation>Estado: %1 (a las %2) — en revisión; se sigue vigilando…</translation>
    </message>
    <message>
        <source>Status: %1 (checked at %2) — still processing…</source>
        <translation>Estado: %1 (comprobado a las %2) — aún en proceso…</translation>
    </message>
</context>
<context>
    <name>cd::ComplianceReport</name>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Compliance report: %1</source>
        <translation>Informe de cumplimiento: %1</translation>
    </message>
    <message>
        <source>Compliance report: %1 (%2)</source>
        <translation>Informe de cumplimiento: %1 (%2)</translation>
    </message>
    <message>
        <source>the organization</source>
        <translation>la organización</translation>
    </message>
    <message>
        <source>Organization %1 (%2). Generated %3 by Compliance Desk; rules %4.</source>
        <translation>Organización %1 (%2). Generado %3 por Compliance Desk; reglas %4.</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Perfiles</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campañas</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Profile ID</source>
        <translation>ID del perfil</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Nombre corto</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Facturación</translation>
    </message>
    <message>
        <source>Uses the organization's brand</source>
        <translation>Usa la marca de la organización</translation>
    </message>
    <message>
        <source>Uses the organization's campaigns</source>
        <translation>Usa las campañas de la organización</translation>
    </message>
    <message>
        <source>SMS number</source>
        <translation>Número de SMS</translation>
    </message>
    <message>
        <source>WhatsApp number</source>
        <translation>Número de WhatsApp</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Marca</translation>
    </message>
    <message>
        <source>the organization's</source>
        <translation>la de la organización</translation>
    </message>
    <message>
        <source>its own</source>
        <translation>la suya propia</translation>
    </message>
    <message>
        <source>Brand status</source>
        <translation>Estado de la marca</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identidad</translation>
    </message>
    <message>
        <source>TCR brand ID</source>
        <translation>ID de marca TCR</translation>
    </message>
    <message>
        <source>Submitted to TCR</source>
        <translation>Enviada a TCR</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Razón social</translation>
    </message>
    <message>
        <source>Entity type</source>
        <translation>Tipo de entidad</translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation>NIF / ID fiscal</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>%1 (main)</source>
        <translation>%1 (principal)</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relación</translation>
    </message>
    <message>
        <source>Vertical</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Destination countries</source>
        <translation>Países de destino</translation>
    </message>
    <message>
        <source>TCR application</source>
        <translation>Solicitud TCR</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ninguna todavía</translation>
    </message>
    <message>
        <source>Its campaigns could not be read: %1</source>
        <translation>No se pudieron leer sus campañas: %1</translation>
    </message>
    <message>
        <source>Campaign %1 — %2</source>
        <translation>Campaña %1 — %2</translation>
    </message>
    <message>
        <source>Campaign ID</source>
        <translation>ID de la campaña</translation>
    </message>
    <message>
        <source>TCR campaign ID</source>
        <translation>ID de campaña TCR</translation>
    </message>
    <message>
        <source>Inherited from the organization</source>
        <translation>Heredada de la organización</translation>
    </message>
    <message>
        <source>Sync error</source>
        <translation>Error de sincronización</translation>
    </message>
    <message>
        <source>Message flow</source>
        <translation>Flujo de mensajes</translation>
    </message>
    <message>
        <source>The linter finds nothing to report.</source>
        <translation>El verificador no encuentra nada que señalar.</translation>
    </message>
    <message>
        <source>The linter's findings:</source>
        <translation>Hallazgos del verificador:</translation>
    </message>
    <message>
        <source>Timeline (recorded on this computer)</source>
        <translation>Cronología (registrada en este equipo)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>ID de solicitud</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>%1 · page %2 of %3</source>
        <translation>%1 · página %2 de %3</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message numerus="yes">
        <source>yes, used by %n profile(s)</source>
        <translation>
            <numerusform>sí, la usa %n perfil</numerusform>
            <numerusform>sí, la usan %n perfiles</numerusform>
        </translation>
    </message>
    <message>
        <source>Each campaign counts once: an organization campaign that several profiles inherit is one campaign.</source>
        <translation>Cada campaña cuenta una vez: una campaña de la organización que heredan varios perfiles es una sola campaña.</translation>
    </message>
    <message>
        <source>The organization's campaigns</source>
        <translation>Las campañas de la organización</translation>
    </message>
    <message>
        <source>Used by: %1.</source>
        <translation>La usan: %1.</translation>
    </message>
    <message>
        <source>“%1” (%2)</source>
        <translation>«%1» (%2)</translation>
    </message>
    <message>
        <source>Uses the organization's campaigns %1, described once under “The organization's campaigns”.</source>
        <translation>Usa las campañas de la organización %1, descritas una vez en «Las campañas de la organización».</translation>
    </message>
</context>
<context>
    <name>cd::ConnectionService</name>
    <message>
        <source>Enter the API key.</source>
        <translation>Introduzca la clave de API.</translation>
    </message>
</context>
<context>
    <name>cd::ConnectionStore</name>
    <message>
        <source>Give the connection a name.</source>
        <translation>Dé un nombre a la conexión.</translation>
    </message>
    <message>
        <source>The name is longer than 80 characters.</source>
        <translation>El nombre tiene más de 80 caracteres.</translation>
    </message>
    <message>
        <source>There is already a connection named “%1”.</source>
        <translation>Ya existe una conexión llamada «%1».</translation>
    </message>
</context>
<context>
    <name>cd::CredentialStore</name>
    <message>
        <source>No API key is stored for this connection in the system keychain, or the keychain is locked. Unlock it, or enter the key again.</source>
        <translation>No hay ninguna clave de API guardada para esta conexión en el llavero del sistema, o el llavero está bloqueado. Desbloquéelo o vuelva a introducir la clave.</translation>
    </message>
    <message>
        <source>The system keychain refused access; it may be locked. Unlock it and try again, or use the key for this session only.</source>
        <translation>El llavero del sistema denegó el acceso; puede que esté bloqueado. Desbloquéelo y vuelva a intentarlo, o use la clave solo en esta sesión.</translation>
    </message>
    <message>
        <source>No system keychain is available (on Linux, a Secret Service such as GNOME Keyring or KWallet is needed). The key can be used for this session only; it is never written to a file.</source>
        <translation>No hay ningún llavero del sistema disponible (en Linux se necesita un Secret Service como GNOME Keyring o KWallet). La clave puede usarse solo en esta sesión; nunca se escribe en un archivo.</translation>
    </message>
    <message numerus="yes">
        <source>The system keychain did not answer within %n second(s); it may be waiting for you to unlock it. Try again, or use the key for this session only.</source>
        <translation>
            <numerusform>El llavero del sistema no respondió en %n segundo; puede que esté esperando a que lo desbloquee. Vuelva a intentarlo o use la clave solo en esta sesión.</numerusform>
            <numerusform>El llavero del sistema no respondió en %n segundos; puede que esté esperando a que lo desbloquee. Vuelva a intentarlo o use la clave solo en esta sesión.</numerusform>
        </translation>
    </message>
    <message>
        <source>The system keychain failed: %1</source>
        <translation>Falló el llavero del sistema: %1</translation>
    </message>
</context>
<context>
    <name>cd::DashboardAggregates</name>
    <message>
        <source>Rejected</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>Did not reach the registry</source>
        <translation>No llegó al registro</translation>
    </message>
    <message>
        <source>No brand</source>
        <translation>Sin marca</translation>
    </message>
    <message>
        <source>Campaigns not loaded</source>
        <translation>Campañas no cargadas</translation>
    </message>
    <message>
        <source>Waiting long in review</source>
        <translation>Mucho tiempo en revisión</translation>
    </message>
    <message>
        <source>Organization's brand</source>
        <translation>Marca de la organización</translation>
    </message>
</context>
<context>
    <name>cd::Draft</name>
    <message>
        <source>Untitled campaign</source>
        <translation>Campaña sin título</translation>
    </message>
    <message>
        <source>The draft is damaged and cannot be read.</source>
        <translation>El borrador está dañado y no se puede leer.</translation>
    </message>
    <message>
        <source>The draft was written by a newer version of Compliance Desk.</source>
        <translation>El borrador lo escribió una versión más reciente de Compliance Desk.</translation>
    </message>
</context>
<context>
    <name>cd::HistoryLog</name>
    <message>
        <source>On %1 the key that seals the history was missing from the keychain (it was removed, or the history was copied from elsewhere): entries before entry %2 can no longer be checked against a rewrite.</source>
        <translation>El %1 faltaba en el llavero la clave que sella el historial (se eliminó, o el historial se copió de otro lugar): las entradas anteriores a la %2 ya no pueden comprobarse frente a una reescritura.</translation>
    </message>
    <message>
        <source>On %1 the history held %2 of the %3 entries recorded: entries were removed, or the file was emptied, deleted or replaced.</source>
        <translation>El %1 el historial contenía %2 de las %3 entradas registradas: se eliminaron entradas, o el archivo se vació, se borró o se sustituyó.</translation>
    </message>
    <message>
        <source>On %1 entry %2 was no longer the entry recorded: the history was rewritten.</source>
        <translation>El %1 la entrada %2 ya no era la registrada: el historial fue reescrito.</translation>
    </message>
    <message>
        <source>sent.dm (seen by the status checks)</source>
        <translation>sent.dm (visto por las comprobaciones de estado)</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>no registrado</translation>
    </message>
    <message>
        <source>The history file was found damaged on %1 and started again from what could still be read; the damaged file is kept as %2.</source>
        <translation>El archivo del historial se encontró dañado el %1 y se reinició con lo que aún se podía leer; el archivo dañado se conserva como %2.</translation>
    </message>
    <message>
        <source>The history no longer holds entry %1 as it was recorded: entries were removed, or the file was replaced.</source>
        <translation>El historial ya no contiene la entrada %1 tal como se registró: se eliminaron entradas o se sustituyó el archivo.</translation>
    </message>
    <message>
        <source>The seal that protects the history is kept in the keychain, which cannot be used now (%1). The entries follow each other unchanged, but a history rewritten with its hashes recomputed would not be noticed.</source>
        <translation>El sello que protege el historial se guarda en el llavero, que ahora no se puede usar (%1). Las entradas se siguen sin cambios, pero no se notaría un historial reescrito con sus hashes recalculados.</translation>
    </message>
    <message>
        <source>The history file could not be opened.</source>
        <translation>No se pudo abrir el archivo del historial.</translation>
    </message>
    <message numerus="yes">
        <source>The history file cannot be used now (%1), so it cannot be checked. %n entry(s) made since wait to be written to it.</source>
        <translation>
            <numerusform>El archivo del historial no se puede usar ahora (%1), así que no se puede comprobar. %n entrada hecha desde entonces espera a escribirse en él.</numerusform>
            <numerusform>El archivo del historial no se puede usar ahora (%1), así que no se puede comprobar. %n entradas hechas desde entonces esperan a escribirse en él.</numerusform>
        </translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>No se pudo leer el historial: %1</translation>
    </message>
    <message>
        <source>Entry %1 follows entry %2: the entries between them were removed.</source>
        <translation>La entrada %1 sigue a la entrada %2: se eliminaron las entradas intermedias.</translation>
    </message>
    <message>
        <source>Entry %1 does not follow from the entry before it: one of them was changed.</source>
        <translation>La entrada %1 no se deriva de la anterior: una de ellas se modificó.</translation>
    </message>
    <message>
        <source>Entry %1 was changed after it was written.</source>
        <translation>La entrada %1 se modificó después de escribirse.</translation>
    </message>
    <message>
        <source>The newest entries were removed: the history ended at entry %1.</source>
        <translation>Se eliminaron las entradas más recientes: el historial terminaba en la entrada %1.</translation>
    </message>
    <message>
        <source>Entry %1 was written while the keychain could not be used: it follows the chain, but is not sealed.</source>
        <translation>La entrada %1 se escribió cuando no se podía usar el llavero: sigue la cadena, pero no está sellada.</translation>
    </message>
    <message>
        <source>Entries %1 to %2 were written while the keychain could not be used: they follow the chain, but are not sealed.</source>
        <translation>Las entradas %1 a %2 se escribieron cuando no se podía usar el llavero: siguen la cadena, pero no están selladas.</translation>
    </message>
</context>
<context>
    <name>cd::HistoryRecorder</name>
    <message>
        <source>Sent, but the answer was lost: the change may have been made. It is checked with sent.dm at the next start, and a rerun goes out with the same key (%1), so it is never made twice.</source>
        <translation>Enviado, pero la respuesta se perdió: puede que el cambio se haya hecho. Se comprueba con sent.dm en el próximo inicio, y un nuevo intento sale con la misma clave (%1), así que nunca se hace dos veces.</translation>
    </message>
    <message>
        <source>Asked sent.dm to complete the profile's setup</source>
        <translation>Se pidió a sent.dm que completara la configuración del perfil</translation>
    </message>
    <message>
        <source>Created the campaign%1</source>
        <translation>Se creó la campaña%1</translation>
    </message>
    <message>
        <source>Deleted the campaign%1</source>
        <translation>Se eliminó la campaña%1</translation>
    </message>
    <message>
        <source>Changed the campaign%1</source>
        <translation>Se modificó la campaña%1</translation>
    </message>
    <message>
        <source>Created the profile%1</source>
        <translation>Se creó el perfil%1</translation>
    </message>
    <message>
        <source>Deleted the profile%1</source>
        <translation>Se eliminó el perfil%1</translation>
    </message>
    <message>
        <source>Changed the profile%1</source>
        <translation>Se modificó el perfil%1</translation>
    </message>
    <message>
        <source>(sent.dm replayed its earlier answer)</source>
        <translation>(sent.dm repitió su respuesta anterior)</translation>
    </message>
    <message>
        <source>Status: %1 → %2</source>
        <translation>Estado: %1 → %2</translation>
    </message>
    <message>
        <source>Campaign “%1”: %2 → %3</source>
        <translation>Campaña «%1»: %2 → %3</translation>
    </message>
    <message>
        <source>Submitted despite the warning %1: %2</source>
        <translation>Enviado a pesar de la advertencia %1: %2</translation>
    </message>
    <message>
        <source>Cancelled the bulk job “%1”: %2 of %3 done, %4 refused, %5 failed, %6 not sent</source>
        <translation>Se canceló el trabajo masivo «%1»: %2 de %3 hechos, %4 rechazados, %5 fallidos, %6 sin enviar</translation>
    </message>
    <message>
        <source>Ran the bulk job “%1”: %2 of %3 done, %4 refused, %5 failed</source>
        <translation>Se ejecutó el trabajo masivo «%1»: %2 de %3 hechos, %4 rechazados, %5 fallidos</translation>
    </message>
</context>
<context>
    <name>cd::Inheritance</name>
    <message>
        <source>Organization's brand and campaigns</source>
        <translation>Marca y campañas de la organización</translation>
    </message>
    <message>
        <source>Organization's brand, own campaigns</source>
        <translation>Marca de la organización, campañas propias</translation>
    </message>
    <message>
        <source>Own brand, organization's campaigns</source>
        <translation>Marca propia, campañas de la organización</translation>
    </message>
    <message>
        <source>Own brand and campaigns</source>
        <translation>Marca y campañas propias</translation>
    </message>
    <message>
        <source>Missing a brand or campaigns</source>
        <translation>Sin marca o sin campañas</translation>
    </message>
    <message>
        <source>They send under the organization's brand and campaigns, and change when those change.</source>
        <translation>Envían con la marca y las campañas de la organización, y cambian cuando estas cambian.</translation>
    </message>
    <message>
        <source>They use the organization's brand and register campaigns of their own.</source>
        <translation>Usan la marca de la organización y registran campañas propias.</translation>
    </message>
    <message>
        <source>They have a brand of their own and use the organization's campaigns.</source>
        <translation>Tienen marca propia y usan las campañas de la organización.</translation>
    </message>
    <message>
        <source>They have their own brand and campaigns; nothing of the organization's changes them.</source>
        <translation>Tienen marca y campañas propias; nada de la organización los cambia.</translation>
    </message>
    <message>
        <source>They have no brand, or no campaigns, of their own or from the organization: they cannot be completed until they do.</source>
        <translation>No tienen marca, o no tienen campañas, ni propias ni de la organización: no se puede completar su configuración hasta que las tengan.</translation>
    </message>
    <message>
        <source>Own</source>
        <translation>Propias</translation>
    </message>
    <message>
        <source>Organization's</source>
        <translation>De la organización</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Faltan</translation>
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
        <translation>La marca de la organización (%1)</translation>
    </message>
    <message>
        <source>The organization's brand (none of its profiles reports one yet)</source>
        <translation>La marca de la organización (ninguno de sus perfiles informa aún de una)</translation>
    </message>
    <message>
        <source>Its own brand (%1)</source>
        <translation>Su marca propia (%1)</translation>
    </message>
    <message>
        <source>None: it has no brand of its own yet</source>
        <translation>Ninguna: aún no tiene marca propia</translation>
    </message>
    <message>
        <source>Give it a brand of its own (Edit profile → Brand), then submit it to the registry.</source>
        <translation>Dele una marca propia (Editar perfil → Marca) y envíela después al registro.</translation>
    </message>
    <message>
        <source>The organization has no campaigns that its profiles report: create them in sent.dm's dashboard, under the organization.</source>
        <translation>La organización no tiene campañas de las que informen sus perfiles: créelas en el panel de sent.dm, en la organización.</translation>
    </message>
    <message>
        <source>Create its own campaigns (Campaign → New campaign), then complete its setup again.</source>
        <translation>Cree sus campañas propias (Campaña → Nueva campaña) y complete después de nuevo su configuración.</translation>
    </message>
    <message>
        <source>This profile sends messages now. After the switch it would have no approved campaign, so its messages would stop until one is approved.</source>
        <translation>Este perfil envía mensajes ahora. Tras el cambio no tendría ninguna campaña aprobada, así que sus mensajes se detendrían hasta que se apruebe una.</translation>
    </message>
    <message>
        <source>This profile sends messages now. After the switch its brand would not be approved, so its messages would stop until it is.</source>
        <translation>Este perfil envía mensajes ahora. Tras el cambio su marca no estaría aprobada, así que sus mensajes se detendrían hasta que lo esté.</translation>
    </message>
    <message>
        <source>Nothing changes: the profile is set up this way already.</source>
        <translation>No cambia nada: el perfil ya está configurado así.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Aviso: %1</translation>
    </message>
    <message>
        <source>Brand afterwards: %1</source>
        <translation>Marca después: %1</translation>
    </message>
    <message>
        <source>Campaigns afterwards: none</source>
        <translation>Campañas después: ninguna</translation>
    </message>
    <message>
        <source>Campaigns afterwards: %1</source>
        <translation>Campañas después: %1</translation>
    </message>
    <message>
        <source>No longer used by it: %1</source>
        <translation>Deja de usar: %1</translation>
    </message>
    <message>
        <source>Then: %1</source>
        <translation>Después: %1</translation>
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
        <translation>Notificaciones de cuenta</translation>
    </message>
    <message>
        <source>Customer care</source>
        <translation>Atención al cliente</translation>
    </message>
    <message>
        <source>Fraud alerts</source>
        <translation>Alertas de fraude</translation>
    </message>
    <message>
        <source>Two-factor authentication</source>
        <translation>Autenticación en dos pasos</translation>
    </message>
    <message>
        <source>Delivery notifications</source>
        <translation>Notificaciones de entrega</translation>
    </message>
    <message>
        <source>Security alerts</source>
        <translation>Alertas de seguridad</translation>
    </message>
    <message>
        <source>Machine to machine</source>
        <translation>Máquina a máquina</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation>Mixto</translation>
    </message>
    <message>
        <source>Higher education</source>
        <translation>Educación superior</translation>
    </message>
    <message>
        <source>Polling and voting</source>
        <translation>Encuestas y votaciones</translation>
    </message>
    <message>
        <source>Public service announcements</source>
        <translation>Anuncios de servicio público</translation>
    </message>
    <message>
        <source>Low volume mixed</source>
        <translation>Mixto de bajo volumen</translation>
    </message>
    <message>
        <source>Promotions and offers</source>
        <translation>Promociones y ofertas</translation>
    </message>
    <message>
        <source>Status updates about an account</source>
        <translation>Novedades sobre el estado de una cuenta</translation>
    </message>
    <message>
        <source>Support conversations</source>
        <translation>Conversaciones de soporte</translation>
    </message>
    <message>
        <source>Suspicious activity warnings</source>
        <translation>Avisos de actividad sospechosa</translation>
    </message>
    <message>
        <source>One-time sign-in codes</source>
        <translation>Códigos de acceso de un solo uso</translation>
    </message>
    <message>
        <source>Shipping and delivery updates</source>
        <translation>Novedades de envío y entrega</translation>
    </message>
    <message>
        <source>Security notices about an account</source>
        <translation>Avisos de seguridad sobre una cuenta</translation>
    </message>
    <message>
        <source>Sent between machines, no person reads them</source>
        <translation>Enviados entre máquinas, ninguna persona los lee</translation>
    </message>
    <message>
        <source>Several kinds of messages together</source>
        <translation>Varios tipos de mensajes juntos</translation>
    </message>
    <message>
        <source>Colleges and universities</source>
        <translation>Facultades y universidades</translation>
    </message>
    <message>
        <source>Surveys and polls (not political)</source>
        <translation>Encuestas y sondeos (no políticos)</translation>
    </message>
    <message>
        <source>Public awareness messages</source>
        <translation>Mensajes de concienciación pública</translation>
    </message>
    <message>
        <source>Several kinds, small volume</source>
        <translation>Varios tipos, poco volumen</translation>
    </message>
    <message>
        <source>Private company</source>
        <translation>Empresa privada</translation>
    </message>
    <message>
        <source>Publicly traded company</source>
        <translation>Empresa cotizada</translation>
    </message>
    <message>
        <source>Non-profit</source>
        <translation>Sin ánimo de lucro</translation>
    </message>
    <message>
        <source>Sole proprietor</source>
        <translation>Autónomo</translation>
    </message>
    <message>
        <source>Government</source>
        <translation>Administración pública</translation>
    </message>
    <message>
        <source>Agriculture</source>
        <translation>Agricultura</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Comunicación</translation>
    </message>
    <message>
        <source>Construction</source>
        <translation>Construcción</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Educación</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energía</translation>
    </message>
    <message>
        <source>Entertainment</source>
        <translation>Entretenimiento</translation>
    </message>
    <message>
        <source>Financial</source>
        <translation>Finanzas</translation>
    </message>
    <message>
        <source>Gambling</source>
        <translation>Juegos de azar</translation>
    </message>
    <message>
        <source>Healthcare</source>
        <translation>Sanidad</translation>
    </message>
    <message>
        <source>Hospitality</source>
        <translation>Hostelería</translation>
    </message>
    <message>
        <source>Human resources</source>
        <translation>Recursos humanos</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>Seguros</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>Legal</translation>
    </message>
    <message>
        <source>Manufacturing</source>
        <translation>Industria</translation>
    </message>
    <message>
        <source>Non-governmental organization</source>
        <translation>Organización no gubernamental</translation>
    </message>
    <message>
        <source>Political</source>
        <translation>Política</translation>
    </message>
    <message>
        <source>Postal</source>
        <translation>Correos</translation>
    </message>
    <message>
        <source>Professional services</source>
        <translation>Servicios profesionales</translation>
    </message>
    <message>
        <source>Real estate</source>
        <translation>Inmobiliario</translation>
    </message>
    <message>
        <source>Retail</source>
        <translation>Comercio minorista</translation>
    </message>
    <message>
        <source>Technology</source>
        <translation>Tecnología</translation>
    </message>
    <message>
        <source>Transportation</source>
        <translation>Transporte</translation>
    </message>
    <message>
        <source>Basic account</source>
        <translation>Cuenta básica</translation>
    </message>
    <message>
        <source>Small account</source>
        <translation>Cuenta pequeña</translation>
    </message>
    <message>
        <source>Medium account</source>
        <translation>Cuenta mediana</translation>
    </message>
    <message>
        <source>Large account</source>
        <translation>Cuenta grande</translation>
    </message>
    <message>
        <source>Key account</source>
        <translation>Cuenta clave</translation>
    </message>
    <message>
        <source>No business history with the messaging provider yet</source>
        <translation>Aún sin historial comercial con el proveedor de mensajería</translation>
    </message>
    <message>
        <source>Some history; a small business or a low message volume</source>
        <translation>Algo de historial; una pequeña empresa o poco volumen de mensajes</translation>
    </message>
    <message>
        <source>Established; a regional business or a moderate volume</source>
        <translation>Consolidada; una empresa regional o un volumen moderado</translation>
    </message>
    <message>
        <source>A large business with a dedicated contact</source>
        <translation>Una gran empresa con un contacto dedicado</translation>
    </message>
    <message>
        <source>A strategic, well-known customer of the provider</source>
        <translation>Un cliente estratégico y conocido del proveedor</translation>
    </message>
    <message>
        <source>Self-declared</source>
        <translation>Autodeclarada</translation>
    </message>
    <message>
        <source>Unverified</source>
        <translation>Sin verificar</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verificada</translation>
    </message>
    <message>
        <source>Vetted and verified</source>
        <translation>Examinada y verificada</translation>
    </message>
    <message>
        <source>Paid by the profile</source>
        <translation>Paga el perfil</translation>
    </message>
    <message>
        <source>Paid by the organization</source>
        <translation>Paga la organización</translation>
    </message>
    <message>
        <source>Paid by the profile and the organization</source>
        <translation>Pagan el perfil y la organización</translation>
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
        <translation>Mensajes que envía un software, como una app o un sitio web, en nombre de la marca. La opción habitual.</translation>
    </message>
    <message>
        <source>A campaign registered through a know-your-customer form, for a brand whose identity was checked from documents.</source>
        <translation>Una campaña registrada mediante un formulario de verificación de cliente (KYC), para una marca cuya identidad se comprobó con documentos.</translation>
    </message>
    <message>
        <source>Not vetted yet</source>
        <translation>Aún no examinada</translation>
    </message>
    <message>
        <source>%1 (sent.dm: %2)</source>
        <translation>%1 (sent.dm: %2)</translation>
    </message>
</context>
<context>
    <name>cd::LocalFiles</name>
    <message>
        <source>another program is using the file</source>
        <translation>otro programa está usando el archivo</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <source>the file or its folder is read-only</source>
        <translation>el archivo o su carpeta son de solo lectura</translation>
    </message>
    <message>
        <source>the file or its folder cannot be opened; check that it exists and that you may write there</source>
        <translation>no se puede abrir el archivo o su carpeta; compruebe que existen y que puede escribir allí</translation>
    </message>
    <message>
        <source>the disk reported an error</source>
        <translation>el disco informó de un error</translation>
    </message>
    <message>
        <source>Drafts cannot be saved to disk right now (%1).</source>
        <translation>Ahora mismo no se pueden guardar los borradores en el disco (%1).</translation>
    </message>
    <message>
        <source>The local history cannot be written right now (%1).</source>
        <translation>Ahora mismo no se puede escribir el historial local (%1).</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to drafts are kept in memory and saved as soon as the file can be written; the file itself is untouched.</source>
        <translation>
            <numerusform>%n cambio en los borradores se guarda en memoria y se escribirá en cuanto se pueda escribir el archivo; el archivo en sí no se toca.</numerusform>
            <numerusform>%n cambios en los borradores se guardan en memoria y se escribirán en cuanto se pueda escribir el archivo; el archivo en sí no se toca.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) are kept in memory, in order, and written as soon as the file can be; the file itself is untouched.</source>
        <translation>
            <numerusform>%n entrada se guarda en memoria, en orden, y se escribirá en cuanto se pueda; el archivo en sí no se toca.</numerusform>
            <numerusform>%n entradas se guardan en memoria, en orden, y se escribirán en cuanto se pueda; el archivo en sí no se toca.</numerusform>
        </translation>
    </message>
    <message>
        <source>What you type is kept in memory and saved as soon as the file can be written; the file itself is untouched.</source>
        <translation>Lo que escribe se guarda en memoria y se almacenará en cuanto se pueda escribir el archivo; el archivo en sí no se toca.</translation>
    </message>
    <message>
        <source>New entries are kept in memory and written as soon as the file can be; the file itself is untouched.</source>
        <translation>Las entradas nuevas se guardan en memoria y se escribirán en cuanto se pueda; el archivo en sí no se toca.</translation>
    </message>
    <message>
        <source>Drafts saved earlier cannot be shown until then.</source>
        <translation>Hasta entonces no se pueden mostrar los borradores guardados antes.</translation>
    </message>
    <message>
        <source>Entries written earlier cannot be shown until then.</source>
        <translation>Hasta entonces no se pueden mostrar las entradas escritas antes.</translation>
    </message>
    <message numerus="yes">
        <source>The drafts file was damaged. %n draft record(s) that could still be read were carried over; the damaged file is kept as %1.</source>
        <translation>
            <numerusform>El archivo de borradores estaba dañado. Se recuperó %n registro de borrador que aún se podía leer; el archivo dañado se conserva como %1.</numerusform>
            <numerusform>El archivo de borradores estaba dañado. Se recuperaron %n registros de borradores que aún se podían leer; el archivo dañado se conserva como %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The local history file was damaged. %n record(s) that could still be read were carried over, and the history check reports the damage; the damaged file is kept as %1.</source>
        <translation>
            <numerusform>El archivo del historial local estaba dañado. Se recuperó %n registro que aún se podía leer, y la comprobación del historial informa del daño; el archivo dañado se conserva como %1.</numerusform>
            <numerusform>El archivo del historial local estaba dañado. Se recuperaron %n registros que aún se podían leer, y la comprobación del historial informa del daño; el archivo dañado se conserva como %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to drafts (%1)</source>
        <translation>
            <numerusform>%n cambio en borradores (%1)</numerusform>
            <numerusform>%n cambios en borradores (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n history entry(s) (%1)</source>
        <translation>
            <numerusform>%n entrada del historial (%1)</numerusform>
            <numerusform>%n entradas del historial (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Not everything is on disk yet: %1 could not be written and are kept only in memory. If you close now they are lost. Try again once the file can be written, or close without them.</source>
        <translation>Aún no está todo en el disco: %1 no se pudieron escribir y solo están en memoria. Si cierra ahora, se perderán. Vuelva a intentarlo cuando se pueda escribir el archivo, o cierre sin ellos.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <source>The settings file %1 is damaged and could not be repaired (the disk is full, or the file or its folder is read-only), so saved connections and preferences may be missing. It was left as it is: make room or allow writing there, then start again.</source>
        <translation>El archivo de configuración %1 está dañado y no se pudo reparar (el disco está lleno, o el archivo o su carpeta son de solo lectura), así que pueden faltar conexiones guardadas y preferencias. Se ha dejado como estaba: libere espacio o permita escribir allí y vuelva a iniciar.</translation>
    </message>
    <message>
        <source>The settings file was damaged; a copy is kept as %1.</source>
        <translation>El archivo de configuración estaba dañado; se conserva una copia como %1.</translation>
    </message>
    <message numerus="yes">
        <source>The %n saved connection(s) it named were recovered.</source>
        <translation>
            <numerusform>Se recuperó la conexión guardada que nombraba.</numerusform>
            <numerusform>Se recuperaron las %n conexiones guardadas que nombraba.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of the %n saved connection(s) it named could be recovered; add the others again under Connections, with their API keys.</source>
        <translation>
            <numerusform>Se pudo recuperar %1 de la %n conexión guardada que nombraba; añada las demás de nuevo en Conexiones, con sus claves de API.</numerusform>
            <numerusform>Se pudieron recuperar %1 de las %n conexiones guardadas que nombraba; añada las demás de nuevo en Conexiones, con sus claves de API.</numerusform>
        </translation>
    </message>
    <message>
        <source>Preferences that could not be read are back to their defaults.</source>
        <translation>Las preferencias que no se pudieron leer vuelven a sus valores predeterminados.</translation>
    </message>
    <message numerus="yes">
        <source>The local history could not be written (%1): %n entry(s) of this command are not recorded. What was done on sent.dm is done; its request IDs are above.</source>
        <translation>
            <numerusform>No se pudo escribir el historial local (%1): %n entrada de esta orden no queda registrada. Lo hecho en sent.dm, hecho está; sus ID de solicitud están arriba.</numerusform>
            <numerusform>No se pudo escribir el historial local (%1): %n entradas de esta orden no quedan registradas. Lo hecho en sent.dm, hecho está; sus ID de solicitud están arriba.</numerusform>
        </translation>
    </message>
    <message>
        <source>Drafts are saved to disk again: everything kept meanwhile is in the file.</source>
        <translation>Los borradores vuelven a guardarse en el disco: todo lo guardado mientras tanto está en el archivo.</translation>
    </message>
    <message>
        <source>The local history is written again: every entry kept meanwhile is in the file.</source>
        <translation>El historial local vuelve a escribirse: todas las entradas guardadas mientras tanto están en el archivo.</translation>
    </message>
</context>
<context>
    <name>cd::OrganizationModel</name>
    <message>
        <source>The organization's</source>
        <translation>La de la organización</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>%1 (inherited)</source>
        <translation>%1 (heredado)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Brand / TCR</source>
        <translation>Marca / TCR</translation>
    </message>
    <message>
        <source>Use cases</source>
        <translation>Casos de uso</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Último cambio</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>Atención</translation>
    </message>
    <message>
        <source>Where the profile or campaign stands; the API's own word is in each cell's tooltip.</source>
        <translation>En qué punto está el perfil o la campaña; la palabra de la API está en la información emergente de cada celda.</translation>
    </message>
    <message>
        <source>A profile's brand (own or inherited) and its vetting; a campaign's TCR id.</source>
        <translation>La marca de un perfil (propia o heredada) y su examen; el id TCR de una campaña.</translation>
    </message>
    <message>
        <source>The campaign's messaging use cases; for a profile, those of all its campaigns.</source>
        <translation>Los casos de uso de mensajería de la campaña; para un perfil, los de todas sus campañas.</translation>
    </message>
    <message>
        <source>When sent.dm last changed the item.</source>
        <translation>Cuándo cambió sent.dm el elemento por última vez.</translation>
    </message>
    <message>
        <source>Rejections, sync errors, a missing brand, or campaigns that could not be loaded.</source>
        <translation>Rechazos, errores de sincronización, una marca que falta o campañas que no se pudieron cargar.</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>Sync error</source>
        <translation>Error de sincronización</translation>
    </message>
    <message>
        <source>No brand</source>
        <translation>Sin marca</translation>
    </message>
    <message>
        <source>Not loaded</source>
        <translation>No cargado</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message numerus="yes">
        <source>%Ln profile(s)</source>
        <translation>
            <numerusform>%Ln perfil</numerusform>
            <numerusform>%Ln perfiles</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading campaigns…</source>
        <translation>Cargando campañas…</translation>
    </message>
    <message>
        <source>Campaigns could not be loaded. Press Enter or double-click to try again.</source>
        <translation>No se pudieron cargar las campañas. Pulse Intro o haga doble clic para volver a intentarlo.</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>Not submitted</source>
        <translation>No enviada</translation>
    </message>
    <message>
        <source>sent.dm status: %1</source>
        <translation>Estado en sent.dm: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Sync error: %1</source>
        <translation>Error de sincronización: %1</translation>
    </message>
    <message>
        <source>sent.dm: %1</source>
        <translation>sent.dm: %1</translation>
    </message>
    <message>
        <source>Brand status: %1
Identity status: %2
TCR brand id: %3</source>
        <translation>Estado de la marca: %1
Estado de identidad: %2
ID de marca TCR: %3</translation>
    </message>
    <message>
        <source>Brand and campaigns from</source>
        <translation>Marca y campañas de</translation>
    </message>
    <message>
        <source>Whether a profile uses its own brand and campaigns or the organization's; for the organization's brand and campaigns, how many profiles use them.</source>
        <translation>Si un perfil usa marca y campañas propias o las de la organización; para la marca y las campañas de la organización, cuántos perfiles las usan.</translation>
    </message>
    <message>
        <source>Organization's brand</source>
        <translation>Marca de la organización</translation>
    </message>
    <message>
        <source>Not reported yet</source>
        <translation>Aún sin informar</translation>
    </message>
    <message numerus="yes">
        <source>Used by %Ln profile(s)</source>
        <translation>
            <numerusform>Usada por %Ln perfil</numerusform><numerusform>Usada por %Ln perfiles</numerusform></translation>
    </message>
    <message>
        <source>Inherited from the organization: read-only for this profile. It is changed in sent.dm's dashboard, under the organization.</source>
        <translation>Heredada de la organización: de solo lectura para este perfil. Se cambia en el panel de sent.dm, en la organización.</translation>
    </message>
    <message>
        <source>The organization's brand, as the profiles that inherit it report it. It is changed in sent.dm's dashboard, under the organization.</source>
        <translation>La marca de la organización, tal como la informan los perfiles que la heredan. Se cambia en el panel de sent.dm, en la organización.</translation>
    </message>
    <message>
        <source>The organization's campaign, as the profiles that inherit it list it. It is changed in sent.dm's dashboard, under the organization.</source>
        <translation>La campaña de la organización, tal como la listan los perfiles que la heredan. Se cambia en el panel de sent.dm, en la organización.</translation>
    </message>
    <message>
        <source>Brand: %1
Campaigns: %2</source>
        <translation>Marca: %1
Campañas: %2</translation>
    </message>
</context>
<context>
    <name>cd::OrganizationSession</name>
    <message>
        <source>sent.dm did not accept the key of “%1”: it may have been revoked or replaced. Enter the current key.</source>
        <translation>sent.dm no aceptó la clave de «%1»: puede que se haya revocado o sustituido. Introduzca la clave actual.</translation>
    </message>
    <message>
        <source>%1 of %2 profiles were read; trying again goes on from there.</source>
        <translation>Se leyeron %1 de %2 perfiles; al volver a intentarlo se continúa desde ahí.</translation>
    </message>
    <message>
        <source>sent.dm cannot be reached: %1 It is tried again by itself.</source>
        <translation>No se puede conectar con sent.dm: %1 Se vuelve a intentar automáticamente.</translation>
    </message>
</context>
<context>
    <name>cd::PlannedItem</name>
    <message>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Warnings to acknowledge</source>
        <translation>Advertencias por confirmar</translation>
    </message>
    <message>
        <source>Errors: left out until fixed</source>
        <translation>Errores: se omite hasta corregirlos</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Omitido</translation>
    </message>
</context>
<context>
    <name>cd::ProfileEditor</name>
    <message>
        <source>its SMS number %1, which goes back to sent.dm's inventory</source>
        <translation>su número de SMS %1, que vuelve al inventario de sent.dm</translation>
    </message>
    <message>
        <source>its WhatsApp number %1</source>
        <translation>su número de WhatsApp %1</translation>
    </message>
    <message>
        <source>its own WhatsApp Business Account (%1), which is deregistered</source>
        <translation>su propia cuenta de WhatsApp Business (%1), que se da de baja</translation>
    </message>
    <message>
        <source>its brand, registered with TCR as %1</source>
        <translation>su marca, registrada en TCR como %1</translation>
    </message>
    <message>
        <source>its brand</source>
        <translation>su marca</translation>
    </message>
    <message numerus="yes">
        <source>%n campaign(s), which stop being used</source>
        <translation>
            <numerusform>%n campaña, que deja de usarse</numerusform>
            <numerusform>%n campañas, que dejan de usarse</numerusform>
        </translation>
    </message>
    <message>
        <source>its routing rules, which stop being used</source>
        <translation>sus reglas de enrutamiento, que dejan de usarse</translation>
    </message>
</context>
<context>
    <name>cd::ProfileImport</name>
    <message>
        <source>Write yes or no.</source>
        <translation>Escriba yes o no.</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Nombre del perfil</translation>
    </message>
    <message>
        <source>Short name (3–11 letters, digits or spaces)</source>
        <translation>Nombre corto (3–11 letras, cifras o espacios)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Who pays: profile, organization or profile_and_organization</source>
        <translation>Quién paga: profile, organization o profile_and_organization</translation>
    </message>
    <message>
        <source>Billing contact's name</source>
        <translation>Nombre del contacto de facturación</translation>
    </message>
    <message>
        <source>Billing contact's email</source>
        <translation>Correo del contacto de facturación</translation>
    </message>
    <message>
        <source>Billing contact's phone (+ and digits)</source>
        <translation>Teléfono del contacto de facturación (+ y cifras)</translation>
    </message>
    <message>
        <source>Uses the organization's brand (yes or no)</source>
        <translation>Usa la marca de la organización (yes o no)</translation>
    </message>
    <message>
        <source>Uses the organization's campaigns (yes or no)</source>
        <translation>Usa las campañas de la organización (yes o no)</translation>
    </message>
    <message>
        <source>Brand contact's name</source>
        <translation>Nombre del contacto de la marca</translation>
    </message>
    <message>
        <source>Business name the public knows</source>
        <translation>Nombre comercial por el que la conoce el público</translation>
    </message>
    <message>
        <source>Brand contact's email</source>
        <translation>Correo del contacto de la marca</translation>
    </message>
    <message>
        <source>Brand contact's phone (+ and digits)</source>
        <translation>Teléfono del contacto de la marca (+ y cifras)</translation>
    </message>
    <message>
        <source>Brand contact's role</source>
        <translation>Cargo del contacto de la marca</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Razón social</translation>
    </message>
    <message>
        <source>Entity type (e.g. PRIVATE_PROFIT)</source>
        <translation>Tipo de entidad (p. ej. PRIVATE_PROFIT)</translation>
    </message>
    <message>
        <source>Tax id (e.g. an EIN)</source>
        <translation>Número fiscal (p. ej. un EIN)</translation>
    </message>
    <message>
        <source>Tax id type (e.g. us_ein)</source>
        <translation>Tipo de número fiscal (p. ej. us_ein)</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Calle</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>State or region</source>
        <translation>Estado o región</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>Country (two letters)</source>
        <translation>País (dos letras)</translation>
    </message>
    <message>
        <source>Industry (the registry's vertical)</source>
        <translation>Sector (el vertical del registro)</translation>
    </message>
    <message>
        <source>Relationship with the brand</source>
        <translation>Relación con la marca</translation>
    </message>
    <message>
        <source>Countries messaged (two letters each, the main one first)</source>
        <translation>Países de destino (dos letras cada uno, el principal primero)</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <source>The file has a header line but no profiles under it.</source>
        <translation>El archivo tiene una línea de encabezado pero ningún perfil debajo.</translation>
    </message>
    <message>
        <source>the existing profile “%1”</source>
        <translation>el perfil existente «%1»</translation>
    </message>
    <message>
        <source>line %1 of the file</source>
        <translation>la línea %1 del archivo</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Línea %1</translation>
    </message>
    <message>
        <source>Line %1 repeats the name or short name of %2.</source>
        <translation>La línea %1 repite el nombre o el nombre corto de %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Línea %1: %2</translation>
    </message>
</context>
<context>
    <name>cd::ProfileListing</name>
    <message>
        <source>sent.dm answered page %1 of the profile list with profiles it had sent before, as if it did not follow page numbers. The list ends with the %2 profiles read; sent.dm says there are %3.</source>
        <translation>sent.dm respondió a la página %1 de la lista de perfiles con perfiles que ya había enviado, como si no respetara los números de página. La lista termina con los %2 perfiles leídos; sent.dm dice que hay %3.</translation>
    </message>
    <message>
        <source>sent.dm sent page %1 of the profile list empty while it said more would follow. The list ends with the %2 profiles read; sent.dm says there are %3.</source>
        <translation>sent.dm envió vacía la página %1 de la lista de perfiles aunque decía que vendrían más. La lista termina con los %2 perfiles leídos; sent.dm dice que hay %3.</translation>
    </message>
    <message numerus="yes">
        <source>The organization's profiles changed while they were read, %n time(s) in a row. Refresh again to be sure none is missing.</source>
        <translation>
            <numerusform>Los perfiles de la organización cambiaron mientras se leían, %n vez seguida. Actualice de nuevo para asegurarse de que no falta ninguno.</numerusform>
            <numerusform>Los perfiles de la organización cambiaron mientras se leían, %n veces seguidas. Actualice de nuevo para asegurarse de que no falta ninguno.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::ProfileRules</name>
    <message>
        <source>The brand's primary contact needs a name.</source>
        <translation>El contacto principal de la marca necesita un nombre.</translation>
    </message>
    <message>
        <source>This is not an email address.</source>
        <translation>Esto no es una dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>Write the number in international form, e.g. +14155550100.</source>
        <translation>Escriba el número en formato internacional, p. ej. +14155550100.</translation>
    </message>
    <message>
        <source>A country calling code is 1–3 digits, e.g. 1.</source>
        <translation>Un prefijo telefónico de país tiene de 1 a 3 dígitos, p. ej. 1.</translation>
    </message>
    <message>
        <source>Choose one of the listed entity types.</source>
        <translation>Elija uno de los tipos de entidad de la lista.</translation>
    </message>
    <message>
        <source>Write the website's full address, starting with https://.</source>
        <translation>Escriba la dirección completa del sitio web, empezando por https://.</translation>
    </message>
    <message>
        <source>Use a two-letter country code, e.g. US.</source>
        <translation>Use un código de país de dos letras, p. ej. US.</translation>
    </message>
    <message>
        <source>Choose how the brand relates to sent.dm.</source>
        <translation>Elija la relación de la marca con sent.dm.</translation>
    </message>
    <message>
        <source>Choose one of the listed relationships.</source>
        <translation>Elija una de las relaciones de la lista.</translation>
    </message>
    <message>
        <source>Choose the brand's industry.</source>
        <translation>Elija el sector de la marca.</translation>
    </message>
    <message>
        <source>Choose one of the listed industries.</source>
        <translation>Elija uno de los sectores de la lista.</translation>
    </message>
    <message>
        <source>Not a two-letter country code: %1.</source>
        <translation>No es un código de país de dos letras: %1.</translation>
    </message>
    <message>
        <source>Only one destination country can be the main one.</source>
        <translation>Solo un país de destino puede ser el principal.</translation>
    </message>
    <message>
        <source>Mark the main destination country: US 10DLC registration needs one.</source>
        <translation>Marque el país de destino principal: el registro US 10DLC lo necesita.</translation>
    </message>
    <message>
        <source>A number prefix is + and 1–3 digits, e.g. +1.</source>
        <translation>Un prefijo de número es + y de 1 a 3 dígitos, p. ej. +1.</translation>
    </message>
    <message>
        <source>The profile needs a name.</source>
        <translation>El perfil necesita un nombre.</translation>
    </message>
    <message>
        <source>A short name cannot be removed once set; change it instead.</source>
        <translation>Un nombre corto no se puede quitar una vez puesto; cámbielo en su lugar.</translation>
    </message>
    <message>
        <source>3 to 11 letters, digits or spaces, with at least one letter (e.g. “Mkt 2”).</source>
        <translation>De 3 a 11 letras, dígitos o espacios, con al menos una letra (p. ej. «Mkt 2»).</translation>
    </message>
    <message>
        <source>The icon is the address of an image, starting with https://.</source>
        <translation>El icono es la dirección de una imagen, empezando por https://.</translation>
    </message>
    <message>
        <source>Choose who pays for this profile's messages.</source>
        <translation>Elija quién paga los mensajes de este perfil.</translation>
    </message>
    <message>
        <source>A profile that pays for its own messages needs a billing contact for its invoices.</source>
        <translation>Un perfil que paga sus propios mensajes necesita un contacto de facturación para sus facturas.</translation>
    </message>
    <message>
        <source>The billing contact needs a name.</source>
        <translation>El contacto de facturación necesita un nombre.</translation>
    </message>
    <message>
        <source>Invoices are sent to this address: it is needed.</source>
        <translation>Las facturas se envían a esta dirección: es necesaria.</translation>
    </message>
    <message>
        <source>A profile that uses the organization's brand cannot also have its own.</source>
        <translation>Un perfil que usa la marca de la organización no puede tener además una propia.</translation>
    </message>
    <message>
        <source>This brand was submitted to TCR and can no longer be changed.</source>
        <translation>Esta marca se envió a TCR y ya no se puede cambiar.</translation>
    </message>
    <message>
        <source>Say which kind of tax id this is, e.g. us_ein.</source>
        <translation>Indique qué tipo de identificación fiscal es, p. ej. us_ein.</translation>
    </message>
    <message>
        <source>A US EIN is nine digits, written 12-3456789.</source>
        <translation>Un EIN de EE. UU. tiene nueve dígitos, escrito 12-3456789.</translation>
    </message>
    <message>
        <source>A Canadian business number is nine digits, e.g. 123456789 or 123456789RT0001.</source>
        <translation>Un número de empresa canadiense tiene nueve dígitos, p. ej. 123456789 o 123456789RT0001.</translation>
    </message>
</context>
<context>
    <name>cd::ReportExport</name>
    <message>
        <source>compliance-report-%1%2.pdf</source>
        <translation>informe-cumplimiento-%1%2.pdf</translation>
    </message>
    <message>
        <source>The report was not exported: cancelled.</source>
        <translation>No se exportó el informe: cancelado.</translation>
    </message>
    <message>
        <source>Gathering the organization from this computer's copy…</source>
        <translation>Reuniendo la organización desde la copia de este equipo…</translation>
    </message>
    <message>
        <source>The connection was closed before the report was written.</source>
        <translation>La conexión se cerró antes de que se escribiera el informe.</translation>
    </message>
    <message>
        <source>There is no profile or campaign %1 in this organization.</source>
        <translation>No hay ningún perfil ni campaña %1 en esta organización.</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Escribiendo el informe…</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Escribiendo %1…</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>standard output</source>
        <translation>salida estándar</translation>
    </message>
</context>
<context>
    <name>cd::SentClient</name>
    <message>
        <source>“data” is not what %1 returns</source>
        <translation>«data» no es lo que devuelve %1</translation>
    </message>
</context>
<context>
    <name>cd::SessionManager</name>
    <message>
        <source>Demo sandbox</source>
        <translation>Sandbox de demostración</translation>
    </message>
    <message>
        <source>The demo could not be started again.</source>
        <translation>No se pudo volver a iniciar la demostración.</translation>
    </message>
</context>
<context>
    <name>cd::Status</name>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>En revisión</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Caducado</translation>
    </message>
    <message>
        <source>Not sent to TCR</source>
        <translation>No enviado a TCR</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
</context>
<context>
    <name>cd::lint</name>
    <message>
        <source>%1 is a public link shortener; carriers block messages that use one.</source>
        <translation>%1 es un acortador de enlaces público; los operadores bloquean los mensajes que lo usan.</translation>
    </message>
    <message>
        <source>No sample names the brand (%1), so a reviewer cannot tell who sends them.</source>
        <translation>Ningún ejemplo nombra la marca (%1), así que un revisor no puede saber quién los envía.</translation>
    </message>
    <message>
        <source>No sample tells the subscriber how to opt out (e.g. “Reply STOP to opt out”).</source>
        <translation>Ningún ejemplo indica al suscriptor cómo darse de baja (p. ej. «Responda STOP para darse de baja»).</translation>
    </message>
    <message>
        <source>“%1” reads as an offer, but the use case is %2.</source>
        <translation>«%1» parece una oferta, pero el caso de uso es %2.</translation>
    </message>
    <message>
        <source>This sample contains a link; the description does not say messages carry links.</source>
        <translation>Este ejemplo contiene un enlace; la descripción no dice que los mensajes lleven enlaces.</translation>
    </message>
    <message>
        <source>This sample contains a phone number; the description does not say so.</source>
        <translation>Este ejemplo contiene un número de teléfono; la descripción no lo dice.</translation>
    </message>
    <message>
        <source>Samples use both {name} and [name] placeholders.</source>
        <translation>Los ejemplos usan marcadores {name} y [name] a la vez.</translation>
    </message>
    <message>
        <source>“%1” belongs to restricted content (SHAFT-C or high-risk finance).</source>
        <translation>«%1» pertenece a contenido restringido (SHAFT-C o finanzas de alto riesgo).</translation>
    </message>
    <message>
        <source>The flow does not say how consent is collected (web form, keyword, paper, verbal…).</source>
        <translation>El flujo no dice cómo se obtiene el consentimiento (formulario web, palabra clave, papel, de palabra…).</translation>
    </message>
    <message>
        <source>The flow does not name the brand or the program.</source>
        <translation>El flujo no nombra la marca ni el programa.</translation>
    </message>
    <message>
        <source>The flow does not state the message frequency.</source>
        <translation>El flujo no indica la frecuencia de los mensajes.</translation>
    </message>
    <message>
        <source>The flow does not say “Msg &amp; data rates may apply”.</source>
        <translation>El flujo no dice «Msg &amp; data rates may apply».</translation>
    </message>
    <message>
        <source>The flow does not mention STOP.</source>
        <translation>El flujo no menciona STOP.</translation>
    </message>
    <message>
        <source>The flow does not mention HELP.</source>
        <translation>El flujo no menciona HELP.</translation>
    </message>
    <message>
        <source>The flow does not point to the terms and conditions.</source>
        <translation>El flujo no remite a los términos y condiciones.</translation>
    </message>
    <message>
        <source>The flow does not point to the privacy policy.</source>
        <translation>El flujo no remite a la política de privacidad.</translation>
    </message>
    <message>
        <source>Missing: %1.</source>
        <translation>Falta: %1.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>the brand's name</source>
        <translation>el nombre de la marca</translation>
    </message>
    <message>
        <source>the message frequency</source>
        <translation>la frecuencia de los mensajes</translation>
    </message>
    <message>
        <source>“Msg &amp; data rates may apply”</source>
        <translation>«Msg &amp; data rates may apply»</translation>
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
        <translation>una confirmación de que no se enviarán más mensajes</translation>
    </message>
    <message>
        <source>a support contact (e-mail, phone or web address)</source>
        <translation>un contacto de soporte (correo electrónico, teléfono o dirección web)</translation>
    </message>
    <message>
        <source>who sends (the brand)</source>
        <translation>quién envía (la marca)</translation>
    </message>
    <message>
        <source>who receives the messages (customers, patients, members…)</source>
        <translation>quién recibe los mensajes (clientes, pacientes, socios…)</translation>
    </message>
    <message>
        <source>The description does not say %1.</source>
        <translation>La descripción no dice %1.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>This text does not look like English.</source>
        <translation>Este texto no parece estar en inglés.</translation>
    </message>
    <message>
        <source>This text contains what looks like a Social Security number.</source>
        <translation>Este texto contiene lo que parece un número de la Seguridad Social estadounidense.</translation>
    </message>
    <message>
        <source>This text contains what looks like a payment card number.</source>
        <translation>Este texto contiene lo que parece un número de tarjeta de pago.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>The campaign has no name.</source>
        <translation>La campaña no tiene nombre.</translation>
    </message>
    <message>
        <source>The campaign has no description.</source>
        <translation>La campaña no tiene descripción.</translation>
    </message>
    <message>
        <source>The campaign has no type (e.g. App).</source>
        <translation>La campaña no tiene tipo (p. ej. App).</translation>
    </message>
    <message>
        <source>The description has %1 characters; the registry accepts %2 to %3.</source>
        <translation>La descripción tiene %1 caracteres; el registro acepta de %2 a %3.</translation>
    </message>
    <message>
        <source>The campaign has no use case.</source>
        <translation>La campaña no tiene ningún caso de uso.</translation>
    </message>
    <message>
        <source>Use case %1 has no type.</source>
        <translation>El caso de uso %1 no tiene tipo.</translation>
    </message>
    <message>
        <source>“%1” is not one of the registry's use cases.</source>
        <translation>«%1» no es uno de los casos de uso del registro.</translation>
    </message>
    <message>
        <source>%1 appears more than once.</source>
        <translation>%1 aparece más de una vez.</translation>
    </message>
    <message numerus="yes">
        <source>Use case %1 has %n sample(s); it needs 1 to 5.</source>
        <translation>
            <numerusform>El caso de uso %1 tiene %n ejemplo; necesita de 1 a 5.</numerusform>
            <numerusform>El caso de uso %1 tiene %n ejemplos; necesita de 1 a 5.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 use cases need at least two samples; this one has one.</source>
        <translation>Los casos de uso %1 necesitan al menos dos ejemplos; este tiene uno.</translation>
    </message>
    <message>
        <source>Sample %1 of use case %2 has %3 characters; it needs %4 to %5.</source>
        <translation>El ejemplo %1 del caso de uso %2 tiene %3 caracteres; necesita de %4 a %5.</translation>
    </message>
    <message>
        <source>This sample says the same as an earlier one.</source>
        <translation>Este ejemplo dice lo mismo que uno anterior.</translation>
    </message>
    <message>
        <source>The message flow (how people opt in) is missing.</source>
        <translation>Falta el flujo de mensajes (cómo se suscriben las personas).</translation>
    </message>
    <message>
        <source>The message flow has %1 characters; it needs %2 to %3.</source>
        <translation>El flujo de mensajes tiene %1 caracteres; necesita de %2 a %3.</translation>
    </message>
    <message>
        <source>The opt-in message has %1 characters; it needs %2 to %3.</source>
        <translation>El mensaje de suscripción tiene %1 caracteres; necesita de %2 a %3.</translation>
    </message>
    <message>
        <source>The opt-out message (the reply to STOP) is missing.</source>
        <translation>Falta el mensaje de baja (la respuesta a STOP).</translation>
    </message>
    <message>
        <source>The opt-out message has %1 characters; it needs %2 to %3.</source>
        <translation>El mensaje de baja tiene %1 caracteres; necesita de %2 a %3.</translation>
    </message>
    <message>
        <source>The help message (the reply to HELP) is missing.</source>
        <translation>Falta el mensaje de ayuda (la respuesta a HELP).</translation>
    </message>
    <message>
        <source>The help message has %1 characters; it needs %2 to %3.</source>
        <translation>El mensaje de ayuda tiene %1 caracteres; necesita de %2 a %3.</translation>
    </message>
    <message>
        <source>The list has %1 characters; at most %2 fit.</source>
        <translation>La lista tiene %1 caracteres; caben como máximo %2.</translation>
    </message>
    <message>
        <source>The list has an empty item (two commas in a row, or one at an end).</source>
        <translation>La lista tiene un elemento vacío (dos comas seguidas, o una al final).</translation>
    </message>
    <message>
        <source>“%1” is not a single word of letters and digits.</source>
        <translation>«%1» no es una sola palabra de letras y dígitos.</translation>
    </message>
    <message>
        <source>“%1” is listed twice.</source>
        <translation>«%1» aparece dos veces.</translation>
    </message>
    <message>
        <source>%1 is not among the keywords.</source>
        <translation>%1 no está entre las palabras clave.</translation>
    </message>
    <message>
        <source>The address has %1 characters; at most %2 are accepted.</source>
        <translation>La dirección tiene %1 caracteres; se aceptan como máximo %2.</translation>
    </message>
    <message>
        <source>“%1” is not a complete https:// address.</source>
        <translation>«%1» no es una dirección https:// completa.</translation>
    </message>
    <message>
        <source>There is no link to a privacy policy.</source>
        <translation>No hay enlace a una política de privacidad.</translation>
    </message>
    <message>
        <source>The volume must be a whole number written as text, e.g. "5000".</source>
        <translation>El volumen debe ser un número entero escrito como texto, p. ej. "5000".</translation>
    </message>
    <message>
        <source>%1 messages a month is below %2: the campaign is billed in the low-volume tier.</source>
        <translation>%1 mensajes al mes es menos de %2: la campaña se factura en el nivel de bajo volumen.</translation>
    </message>
    <message>
        <source>The profile has no brand, own or inherited, so it cannot have campaigns.</source>
        <translation>El perfil no tiene marca, propia ni heredada, así que no puede tener campañas.</translation>
    </message>
    <message>
        <source>The profile uses the organization's campaigns, which are read-only here.</source>
        <translation>El perfil usa las campañas de la organización, que aquí son de solo lectura.</translation>
    </message>
    <message>
        <source>This campaign was submitted to TCR and can no longer be changed.</source>
        <translation>Esta campaña se envió a TCR y ya no se puede cambiar.</translation>
    </message>
    <message>
        <source>The one-time submission fee has already been charged for this campaign.</source>
        <translation>Ya se cobró la tarifa única de envío de esta campaña.</translation>
    </message>
    <message>
        <source>Submitting is billed: %1 (as reported by sent.dm).</source>
        <translation>El envío se factura: %1 (según sent.dm).</translation>
    </message>
    <message>
        <source>Creating or resubmitting a campaign may be billed by sent.dm.</source>
        <translation>Crear o volver a enviar una campaña puede tener coste en sent.dm.</translation>
    </message>
    <message>
        <source>Required field is empty</source>
        <translation>Falta un campo obligatorio</translation>
    </message>
    <message>
        <source>Fill in the campaign's name, description and type.</source>
        <translation>Rellene el nombre, la descripción y el tipo de la campaña.</translation>
    </message>
    <message>
        <source>Description length</source>
        <translation>Longitud de la descripción</translation>
    </message>
    <message>
        <source>Describe in 40 to 4,096 characters who sends the messages, to whom, and why.</source>
        <translation>Describa en 40 a 4.096 caracteres quién envía los mensajes, a quién y por qué.</translation>
    </message>
    <message>
        <source>Use case</source>
        <translation>Caso de uso</translation>
    </message>
    <message>
        <source>Add at least one use case and choose its type from the registry's list.</source>
        <translation>Añada al menos un caso de uso y elija su tipo en la lista del registro.</translation>
    </message>
    <message>
        <source>Use case repeated</source>
        <translation>Caso de uso repetido</translation>
    </message>
    <message>
        <source>Put all samples of one use case under a single entry.</source>
        <translation>Ponga todos los ejemplos de un caso de uso bajo una sola entrada.</translation>
    </message>
    <message>
        <source>Number of samples</source>
        <translation>Número de ejemplos</translation>
    </message>
    <message>
        <source>Give each use case between 1 and 5 sample messages.</source>
        <translation>Dé a cada caso de uso entre 1 y 5 mensajes de ejemplo.</translation>
    </message>
    <message>
        <source>Sample length</source>
        <translation>Longitud del ejemplo</translation>
    </message>
    <message>
        <source>Write each sample as the full message a subscriber receives: 20 to 1,024 characters.</source>
        <translation>Escriba cada ejemplo como el mensaje completo que recibe un suscriptor: de 20 a 1.024 caracteres.</translation>
    </message>
    <message>
        <source>Two samples needed</source>
        <translation>Se necesitan dos ejemplos</translation>
    </message>
    <message>
        <source>Marketing, mixed and low-volume use cases need at least two different samples.</source>
        <translation>Los casos de uso de marketing, mixtos y de bajo volumen necesitan al menos dos ejemplos distintos.</translation>
    </message>
    <message>
        <source>Samples alike</source>
        <translation>Ejemplos parecidos</translation>
    </message>
    <message>
        <source>Make every sample show a different message the program sends.</source>
        <translation>Haga que cada ejemplo muestre un mensaje distinto de los que envía el programa.</translation>
    </message>
    <message>
        <source>Message flow</source>
        <translation>Flujo de mensajes</translation>
    </message>
    <message>
        <source>Explain in 40 to 2,048 characters how people opt in, step by step.</source>
        <translation>Explique en 40 a 2.048 caracteres, paso a paso, cómo se suscriben las personas.</translation>
    </message>
    <message>
        <source>Opt-in message length</source>
        <translation>Longitud del mensaje de suscripción</translation>
    </message>
    <message>
        <source>Leave the opt-in message empty or write 20 to 1,024 characters.</source>
        <translation>Deje vacío el mensaje de suscripción o escriba de 20 a 1.024 caracteres.</translation>
    </message>
    <message>
        <source>Opt-out and help messages</source>
        <translation>Mensajes de baja y de ayuda</translation>
    </message>
    <message>
        <source>Give the reply sent on STOP and the one sent on HELP (20 to 1,024 characters each).</source>
        <translation>Indique la respuesta que se envía a STOP y la que se envía a HELP (de 20 a 1.024 caracteres cada una).</translation>
    </message>
    <message>
        <source>Keyword list</source>
        <translation>Lista de palabras clave</translation>
    </message>
    <message>
        <source>List single words separated by commas, each once, at most 255 characters in all.</source>
        <translation>Enumere palabras sueltas separadas por comas, cada una una vez, como máximo 255 caracteres en total.</translation>
    </message>
    <message>
        <source>STOP keyword</source>
        <translation>Palabra clave STOP</translation>
    </message>
    <message>
        <source>Include STOP among the opt-out keywords.</source>
        <translation>Incluya STOP entre las palabras clave de baja.</translation>
    </message>
    <message>
        <source>HELP keyword</source>
        <translation>Palabra clave HELP</translation>
    </message>
    <message>
        <source>Include HELP among the help keywords.</source>
        <translation>Incluya HELP entre las palabras clave de ayuda.</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <source>Use a complete https:// address of a public page, at most 2,048 characters.</source>
        <translation>Use una dirección https:// completa de una página pública, como máximo 2.048 caracteres.</translation>
    </message>
    <message>
        <source>Privacy policy missing</source>
        <translation>Falta la política de privacidad</translation>
    </message>
    <message>
        <source>Link the brand's privacy policy; reviewers check that it covers text messaging.</source>
        <translation>Enlace la política de privacidad de la marca; los revisores comprueban que cubra la mensajería de texto.</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>Give the expected messages per month as a whole number, e.g. 5000.</source>
        <translation>Indique los mensajes previstos al mes como número entero, p. ej. 5000.</translation>
    </message>
    <message>
        <source>Low-volume tier</source>
        <translation>Nivel de bajo volumen</translation>
    </message>
    <message>
        <source>Below 2,000 messages a month the campaign is billed in the low-volume tier.</source>
        <translation>Por debajo de 2.000 mensajes al mes la campaña se factura en el nivel de bajo volumen.</translation>
    </message>
    <message>
        <source>Public link shortener</source>
        <translation>Acortador de enlaces público</translation>
    </message>
    <message>
        <source>Carriers block public shorteners: use a link on the brand's own domain.</source>
        <translation>Los operadores bloquean los acortadores públicos: use un enlace del dominio propio de la marca.</translation>
    </message>
    <message>
        <source>Brand not named</source>
        <translation>Marca no nombrada</translation>
    </message>
    <message>
        <source>Start at least one sample with the brand's name, e.g. “Acme: your order…”.</source>
        <translation>Empiece al menos un ejemplo con el nombre de la marca, p. ej. «Acme: su pedido…».</translation>
    </message>
    <message>
        <source>No opt-out in samples</source>
        <translation>Sin baja en los ejemplos</translation>
    </message>
    <message>
        <source>End at least one sample with “Reply STOP to opt out.”</source>
        <translation>Termine al menos un ejemplo con «Responda STOP para darse de baja.»</translation>
    </message>
    <message>
        <source>Promotional wording</source>
        <translation>Lenguaje promocional</translation>
    </message>
    <message>
        <source>Remove the offer, or register the promotional messages under a MARKETING use case.</source>
        <translation>Quite la oferta o registre los mensajes promocionales en un caso de uso MARKETING.</translation>
    </message>
    <message>
        <source>Restricted content</source>
        <translation>Contenido restringido</translation>
    </message>
    <message>
        <source>Sex, hate, alcohol, firearms, tobacco, cannabis, debt and gambling content is refused or needs special vetting: check that the campaign really needs it.</source>
        <translation>El contenido sobre sexo, odio, alcohol, armas de fuego, tabaco, cannabis, deudas y juegos de azar se rechaza o necesita un examen especial: compruebe que la campaña realmente lo necesita.</translation>
    </message>
    <message>
        <source>Message flow incomplete</source>
        <translation>Flujo de mensajes incompleto</translation>
    </message>
    <message>
        <source>Say how consent is collected and what the person sees there: the program, message frequency, “Msg &amp; data rates may apply”, STOP and HELP, and the terms and privacy links.</source>
        <translation>Indique cómo se obtiene el consentimiento y qué ve la persona en ese momento: el programa, la frecuencia de mensajes, «Msg &amp; data rates may apply», STOP y HELP, y los enlaces a los términos y a la privacidad.</translation>
    </message>
    <message>
        <source>Opt-in message incomplete</source>
        <translation>Mensaje de suscripción incompleto</translation>
    </message>
    <message>
        <source>e.g. “Acme: you're subscribed to order updates. Msg frequency varies. Msg &amp; data rates may apply. Reply HELP for help, STOP to opt out.”</source>
        <translation>p. ej. «Acme: you're subscribed to order updates. Msg frequency varies. Msg &amp; data rates may apply. Reply HELP for help, STOP to opt out.»</translation>
    </message>
    <message>
        <source>Opt-out message incomplete</source>
        <translation>Mensaje de baja incompleto</translation>
    </message>
    <message>
        <source>e.g. “Acme: you're unsubscribed and will receive no further messages.”</source>
        <translation>p. ej. «Acme: you're unsubscribed and will receive no further messages.»</translation>
    </message>
    <message>
        <source>Help message incomplete</source>
        <translation>Mensaje de ayuda incompleto</translation>
    </message>
    <message>
        <source>e.g. “Acme: for help e-mail support@acme.example or call 1-800-555-0100. Reply STOP to opt out.”</source>
        <translation>p. ej. «Acme: for help e-mail support@acme.example or call 1-800-555-0100. Reply STOP to opt out.»</translation>
    </message>
    <message>
        <source>Not in English</source>
        <translation>No está en inglés</translation>
    </message>
    <message>
        <source>Registry reviewers read English: write the campaign's texts in English.</source>
        <translation>Los revisores del registro leen inglés: escriba los textos de la campaña en inglés.</translation>
    </message>
    <message>
        <source>Embedded link or number</source>
        <translation>Enlace o número incluido</translation>
    </message>
    <message>
        <source>Say in the description that messages contain links or phone numbers.</source>
        <translation>Indique en la descripción que los mensajes contienen enlaces o números de teléfono.</translation>
    </message>
    <message>
        <source>Placeholder style</source>
        <translation>Estilo de los marcadores</translation>
    </message>
    <message>
        <source>Write placeholders one way throughout, e.g. {name}.</source>
        <translation>Escriba los marcadores siempre de la misma forma, p. ej. {name}.</translation>
    </message>
    <message>
        <source>Description vague</source>
        <translation>Descripción imprecisa</translation>
    </message>
    <message>
        <source>Name the brand and the recipients, e.g. “Acme sends its customers order and delivery updates.”</source>
        <translation>Nombre la marca y los destinatarios, p. ej. «Acme sends its customers order and delivery updates.»</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Datos personales</translation>
    </message>
    <message>
        <source>Replace real numbers with placeholders such as {account_number}.</source>
        <translation>Sustituya los números reales por marcadores como {account_number}.</translation>
    </message>
    <message>
        <source>No brand</source>
        <translation>Sin marca</translation>
    </message>
    <message>
        <source>Give the profile a brand (its own, or inherit the organization's) first.</source>
        <translation>Dé primero una marca al perfil (propia, o heredada de la organización).</translation>
    </message>
    <message>
        <source>Inherited campaigns</source>
        <translation>Campañas heredadas</translation>
    </message>
    <message>
        <source>Turn off “inherit campaigns” on the profile to give it campaigns of its own.</source>
        <translation>Desactive «heredar campañas» en el perfil para darle campañas propias.</translation>
    </message>
    <message>
        <source>Already submitted</source>
        <translation>Ya enviada</translation>
    </message>
    <message>
        <source>A campaign submitted to TCR cannot change: create a new campaign instead.</source>
        <translation>Una campaña enviada a TCR no puede cambiar: cree una campaña nueva.</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Facturación</translation>
    </message>
    <message>
        <source>Check the cost before submitting.</source>
        <translation>Compruebe el coste antes de enviar.</translation>
    </message>
    <message>
        <source>Use case %1, samples</source>
        <translation>Caso de uso %1, ejemplos</translation>
    </message>
    <message>
        <source>Use case %1, sample %2</source>
        <translation>Caso de uso %1, ejemplo %2</translation>
    </message>
    <message>
        <source>Use case %1, type</source>
        <translation>Caso de uso %1, tipo</translation>
    </message>
    <message>
        <source>Use case %1</source>
        <translation>Caso de uso %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Expected volume</source>
        <translation>Volumen previsto</translation>
    </message>
    <message>
        <source>Use cases</source>
        <translation>Casos de uso</translation>
    </message>
    <message>
        <source>Opt-in message</source>
        <translation>Mensaje de suscripción</translation>
    </message>
    <message>
        <source>Opt-in keywords</source>
        <translation>Palabras clave de suscripción</translation>
    </message>
    <message>
        <source>Opt-out message</source>
        <translation>Mensaje de baja</translation>
    </message>
    <message>
        <source>Opt-out keywords</source>
        <translation>Palabras clave de baja</translation>
    </message>
    <message>
        <source>Help message</source>
        <translation>Mensaje de ayuda</translation>
    </message>
    <message>
        <source>Help keywords</source>
        <translation>Palabras clave de ayuda</translation>
    </message>
    <message>
        <source>Privacy policy</source>
        <translation>Política de privacidad</translation>
    </message>
    <message>
        <source>Terms and conditions</source>
        <translation>Términos y condiciones</translation>
    </message>
</context>
<context>
    <name>cd::sandbox::SandboxServer</name>
    <message>
        <source>Could not listen on %1:%2.</source>
        <translation>No se pudo escuchar en %1:%2.</translation>
    </message>
</context>
<context>
    <name>cd::ui::AboutDialog</name>
    <message>
        <source>About %1</source>
        <translation>Acerca de %1</translation>
    </message>
    <message>
        <source>Version %1 · %2 · Qt %3</source>
        <translation>Versión %1 · %2 · Qt %3</translation>
    </message>
    <message>
        <source>Keeps sent.dm senders, brands and 10DLC campaigns compliant.</source>
        <translation>Mantiene conformes los remitentes, marcas y campañas 10DLC de sent.dm.</translation>
    </message>
    <message>
        <source>What sent.dm has announced about its API</source>
        <translation>Lo que sent.dm ha anunciado sobre su API</translation>
    </message>
    <message>
        <source>Nothing: no endpoint used in this session is marked deprecated.</source>
        <translation>Nada: ningún endpoint usado en esta sesión está marcado como obsoleto.</translation>
    </message>
    <message>
        <source>About Compliance Desk</source>
        <translation>Acerca de Compliance Desk</translation>
    </message>
    <message>
        <source>Speaks the sent.dm API %1 (sender profiles, brands and campaigns).</source>
        <translation>Habla la API %1 de sent.dm (perfiles de remitente, marcas y campañas).</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License (%1): you may use, study, share and change it; it comes with no warranty.</source>
        <translation>Software libre bajo la Licencia Pública General de GNU (%1): puede usarlo, estudiarlo, compartirlo y modificarlo; se ofrece sin ninguna garantía.</translation>
    </message>
</context>
<context>
    <name>cd::ui::BasicsPage</name>
    <message>
        <source>The campaign</source>
        <translation>La campaña</translation>
    </message>
    <message>
        <source>What the program is, for the registry's reviewers.</source>
        <translation>Qué es el programa, para los revisores del registro.</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>Nomb&amp;re:</translation>
    </message>
    <message>
        <source>e.g. Appointment reminders</source>
        <translation>p. ej. Recordatorios de citas</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>Who sends the messages, to whom, and why, e.g. “%1 sends its customers appointment reminders.”</source>
        <translation>Quién envía los mensajes, a quién y por qué, p. ej. «%1 sends its customers appointment reminders.»</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>App: messages sent by software on the brand's behalf, the usual choice. KYC: a campaign registered through a know-your-customer form. sent.dm records the type but does not act on it.</source>
        <translation>App: mensajes que envía un software en nombre de la marca, la opción habitual. KYC: una campaña registrada mediante un formulario de verificación de cliente. sent.dm guarda el tipo pero no actúa según él.</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>Expected &amp;volume:</source>
        <translation>&amp;Volumen previsto:</translation>
    </message>
    <message>
        <source>Messages per month, e.g. 5000</source>
        <translation>Mensajes al mes, p. ej. 5000</translation>
    </message>
</context>
<context>
    <name>cd::ui::BrandForm</name>
    <message>
        <source>About this brand</source>
        <translation>Acerca de esta marca</translation>
    </message>
    <message>
        <source>Give the profile a brand of its &amp;own</source>
        <translation>Dar al perfil una marca pr&amp;opia</translation>
    </message>
    <message>
        <source>Stop using the organization's brand; the form below becomes this profile's own brand.</source>
        <translation>Dejar de usar la marca de la organización; el formulario de abajo pasa a ser la marca propia de este perfil.</translation>
    </message>
    <message>
        <source>Primary contact</source>
        <translation>Contacto principal</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Who TCR and carriers can reach</source>
        <translation>A quién pueden contactar TCR y los operadores</translation>
    </message>
    <message>
        <source>Business na&amp;me:</source>
        <translation>Nombre de la e&amp;mpresa:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>Corr&amp;eo electrónico:</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nombre@example.com</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>Telé&amp;fono:</translation>
    </message>
    <message>
        <source>+14155550100</source>
        <translation>+14155550100</translation>
    </message>
    <message>
        <source>Calling code:</source>
        <translation>Prefijo telefónico:</translation>
    </message>
    <message>
        <source>1</source>
        <translation>1</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Cargo:</translation>
    </message>
    <message>
        <source>e.g. Compliance manager</source>
        <translation>p. ej. Responsable de cumplimiento</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>&amp;Legal name:</source>
        <translation>&amp;Razón social:</translation>
    </message>
    <message>
        <source>As registered with the tax authority</source>
        <translation>Tal como está registrada ante la autoridad fiscal</translation>
    </message>
    <message>
        <source>Entity &amp;type:</source>
        <translation>&amp;Tipo de entidad:</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Sin indicar</translation>
    </message>
    <message>
        <source>Ta&amp;x ID:</source>
        <translation>&amp;ID fiscal:</translation>
    </message>
    <message>
        <source>e.g. 12-3456789</source>
        <translation>p. ej. 12-3456789</translation>
    </message>
    <message>
        <source>Tax ID type:</source>
        <translation>Tipo de ID fiscal:</translation>
    </message>
    <message>
        <source>US EIN</source>
        <translation>EIN de EE. UU.</translation>
    </message>
    <message>
        <source>Canadian business number</source>
        <translation>Número de empresa canadiense</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>Sitio &amp;web:</translation>
    </message>
    <message>
        <source>https://example.com</source>
        <translation>https://example.com</translation>
    </message>
    <message>
        <source>Street:</source>
        <translation>Calle:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>C&amp;iudad:</translation>
    </message>
    <message>
        <source>State or re&amp;gion:</source>
        <translation>Estado o re&amp;gión:</translation>
    </message>
    <message>
        <source>Postal code:</source>
        <translation>Código postal:</translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation>Pa&amp;ís:</translation>
    </message>
    <message>
        <source>US</source>
        <translation>US</translation>
    </message>
    <message>
        <source>Country of registration:</source>
        <translation>País de registro:</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Cumplimiento</translation>
    </message>
    <message>
        <source>Rel&amp;ationship:</source>
        <translation>Rel&amp;ación:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elija…</translation>
    </message>
    <message>
        <source>How well the messaging provider knows this business. The registry uses it to decide how much it checks the brand: choose Basic account for a new customer.</source>
        <translation>Lo bien que conoce el proveedor de mensajería a esta empresa. El registro lo usa para decidir cuánto examina la marca: elija «Cuenta básica» para un cliente nuevo.</translation>
    </message>
    <message>
        <source>&amp;Vertical:</source>
        <translation>&amp;Sector:</translation>
    </message>
    <message>
        <source>&amp;Destination countries:</source>
        <translation>Países de &amp;destino:</translation>
    </message>
    <message>
        <source>Two-letter codes, e.g. US, CA</source>
        <translation>Códigos de dos letras, p. ej. US, CA</translation>
    </message>
    <message>
        <source>Main countr&amp;y:</source>
        <translation>País princip&amp;al:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>&amp;Register with The Campaign Registry (US 10DLC TCR application)</source>
        <translation>Registrar en The Campaign Registry (solicitud TCR de US 10DL&amp;C)</translation>
    </message>
    <message>
        <source>Number prefix:</source>
        <translation>Prefijo de número:</translation>
    </message>
    <message>
        <source>+1</source>
        <translation>+1</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notas:</translation>
    </message>
    <message>
        <source>This profile uses the organization's brand, shown here as it is; only the organization can change it.</source>
        <translation>Este perfil usa la marca de la organización, que se muestra tal cual; solo la organización puede cambiarla.</translation>
    </message>
    <message>
        <source>This profile uses the organization's brand; only the organization can change it.</source>
        <translation>Este perfil usa la marca de la organización; solo la organización puede cambiarla.</translation>
    </message>
    <message>
        <source>This brand was submitted to The Campaign Registry</source>
        <translation>Esta marca se envió a The Campaign Registry</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>el %1</translation>
    </message>
    <message>
        <source>(TCR brand %1)</source>
        <translation>(marca TCR %1)</translation>
    </message>
    <message>
        <source>A submitted brand can no longer be changed, so it is shown read-only. To correct it, contact sent.dm support with the TCR brand ID.</source>
        <translation>Una marca enviada ya no se puede cambiar, por eso se muestra de solo lectura. Para corregirla, contacte con el soporte de sent.dm indicando el ID de marca TCR.</translation>
    </message>
    <message>
        <source>The profile's own brand.</source>
        <translation>La marca propia del perfil.</translation>
    </message>
    <message>
        <source>The profile has no brand yet. Fill in at least the contact's name, the relationship and the vertical to create one, or use the organization's brand (Profile tab).</source>
        <translation>El perfil aún no tiene marca. Rellene al menos el nombre del contacto, la relación y el sector para crear una, o use la marca de la organización (pestaña Perfil).</translation>
    </message>
    <message>
        <source>Registers the brand with The Campaign Registry, which US carriers require for 10DLC messaging. A registered brand needs at least one campaign, and can no longer be changed once submitted.</source>
        <translation>Registra la marca en The Campaign Registry, algo que los operadores de EE. UU. exigen para la mensajería 10DLC. Una marca registrada necesita al menos una campaña y ya no se puede cambiar una vez enviada.</translation>
    </message>
</context>
<context>
    <name>cd::ui::BulkActions</name>
    <message>
        <source>&amp;Apply a campaign to the selected profiles…</source>
        <translation>&amp;Aplicar una campaña a los perfiles seleccionados…</translation>
    </message>
    <message>
        <source>Create the same campaign (from a JSON file, with placeholders filled per profile) for every profile selected, after a preview.</source>
        <translation>Crear la misma campaña (desde un archivo JSON, con los marcadores rellenados por perfil) para cada perfil seleccionado, tras una vista previa.</translation>
    </message>
    <message>
        <source>&amp;Complete setup for the selected profiles…</source>
        <translation>&amp;Completar la configuración de los perfiles seleccionados…</translation>
    </message>
    <message>
        <source>Delete the selected &amp;profiles…</source>
        <translation>Eliminar los &amp;perfiles seleccionados…</translation>
    </message>
    <message>
        <source>Delete the selected ca&amp;mpaigns…</source>
        <translation>Eliminar las ca&amp;mpañas seleccionadas…</translation>
    </message>
    <message>
        <source>&amp;Import profiles from CSV…</source>
        <translation>&amp;Importar perfiles desde CSV…</translation>
    </message>
    <message>
        <source>&amp;Select everything the filter shows</source>
        <translation>&amp;Seleccionar todo lo que muestra el filtro</translation>
    </message>
    <message>
        <source>&amp;Resume unfinished jobs…</source>
        <translation>&amp;Reanudar trabajos sin terminar…</translation>
    </message>
    <message numerus="yes">
        <source>%n profile(s) selected</source>
        <translation>
            <numerusform>%n perfil seleccionado</numerusform>
            <numerusform>%n perfiles seleccionados</numerusform>
        </translation>
    </message>
    <message>
        <source>The campaign to apply</source>
        <translation>La campaña que se aplica</translation>
    </message>
    <message>
        <source>Campaign files (*.json)</source>
        <translation>Archivos de campaña (*.json)</translation>
    </message>
    <message>
        <source>Apply a campaign</source>
        <translation>Aplicar una campaña</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <source>%1 does not hold a campaign (a JSON object, as the API's “campaign” field has it).</source>
        <translation>%1 no contiene una campaña (un objeto JSON, como el campo «campaign» de la API).</translation>
    </message>
    <message>
        <source>Apply the campaign “%1”</source>
        <translation>Aplicar la campaña «%1»</translation>
    </message>
    <message>
        <source>Complete setup</source>
        <translation>Completar la configuración</translation>
    </message>
    <message>
        <source>sent.dm calls this address once each completion finishes (https://…):</source>
        <translation>sent.dm llama a esta dirección cuando termina cada finalización (https://…):</translation>
    </message>
    <message numerus="yes">
        <source>Complete the setup of %n profile(s)</source>
        <translation>
            <numerusform>Completar la configuración de %n perfil</numerusform>
            <numerusform>Completar la configuración de %n perfiles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n profile(s)</source>
        <translation>
            <numerusform>Eliminar %n perfil</numerusform>
            <numerusform>Eliminar %n perfiles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n campaign(s)</source>
        <translation>
            <numerusform>Eliminar %n campaña</numerusform>
            <numerusform>Eliminar %n campañas</numerusform>
        </translation>
    </message>
    <message>
        <source>Profiles to import</source>
        <translation>Perfiles que se importan</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>Archivos CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Import profiles</source>
        <translation>Importar perfiles</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Import %n profile(s)</source>
        <translation>
            <numerusform>Importar %n perfil</numerusform>
            <numerusform>Importar %n perfiles</numerusform>
        </translation>
    </message>
    <message>
        <source>No bulk job of this connection is waiting to be finished.</source>
        <translation>Ningún trabajo masivo de esta conexión está pendiente de terminar.</translation>
    </message>
    <message>
        <source>C&amp;hange fields on the selected profiles…</source>
        <translation>Cam&amp;biar campos de los perfiles seleccionados…</translation>
    </message>
    <message>
        <source>Apply the selected campaign to the &amp;other selected profiles…</source>
        <translation>Aplicar la campaña seleccionada a los &amp;otros perfiles seleccionados…</translation>
    </message>
    <message>
        <source>Select one campaign and, with Ctrl, the profiles that should have it too.</source>
        <translation>Seleccione una campaña y, con Ctrl, los perfiles que también deben tenerla.</translation>
    </message>
    <message>
        <source>The campaign is no longer there; it may have been deleted meanwhile.</source>
        <translation>La campaña ya no está; puede que se haya eliminado mientras tanto.</translation>
    </message>
    <message>
        <source>Apply a campaign &amp;draft to the selected profiles…</source>
        <translation>Aplicar un borra&amp;dor de campaña a los perfiles seleccionados…</translation>
    </message>
    <message>
        <source>Apply a campaign draft</source>
        <translation>Aplicar un borrador de campaña</translation>
    </message>
    <message>
        <source>This connection has no draft of a new campaign.</source>
        <translation>Esta conexión no tiene ningún borrador de una campaña nueva.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The draft to apply (it stays a draft):</source>
        <translation>El borrador que se aplica (sigue siendo un borrador):</translation>
    </message>
</context>
<context>
    <name>cd::ui::BulkJobDialog</name>
    <message>
        <source>Working out the time left…</source>
        <translation>Calculando el tiempo restante…</translation>
    </message>
    <message>
        <source>Less than a minute left</source>
        <translation>Queda menos de un minuto</translation>
    </message>
    <message numerus="yes">
        <source>About %n minute(s) left</source>
        <translation>
            <numerusform>Queda %n minuto aproximadamente</numerusform>
            <numerusform>Quedan unos %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>About %n hour(s) left</source>
        <translation>
            <numerusform>Queda %n hora aproximadamente</numerusform>
            <numerusform>Quedan unas %n horas</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading what sent.dm has now of the profiles…</source>
        <translation>Leyendo lo que sent.dm tiene ahora de los perfiles…</translation>
    </message>
    <message>
        <source>Filter the items</source>
        <translation>Filtrar los elementos</translation>
    </message>
    <message>
        <source>Items of the job</source>
        <translation>Elementos del trabajo</translation>
    </message>
    <message>
        <source>The selected item's checks and changes</source>
        <translation>Comprobaciones y cambios del elemento seleccionado</translation>
    </message>
    <message>
        <source>Select an item to see its checks and what it changes.</source>
        <translation>Seleccione un elemento para ver sus comprobaciones y lo que cambia.</translation>
    </message>
    <message>
        <source>Send the items with warnings too: I have read the warnings</source>
        <translation>Enviar también los elementos con advertencias: he leído las advertencias</translation>
    </message>
    <message>
        <source>Items ended</source>
        <translation>Elementos terminados</translation>
    </message>
    <message>
        <source>%v of %m items</source>
        <translation>%v de %m elementos</translation>
    </message>
    <message>
        <source>&amp;Dry run</source>
        <translation>&amp;Prueba</translation>
    </message>
    <message>
        <source>Ask sent.dm to check every item without making anything ("sandbox": true).</source>
        <translation>Pedir a sent.dm que compruebe cada elemento sin crear nada ("sandbox": true).</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Iniciar</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>Pa&amp;usar</translation>
    </message>
    <message>
        <source>&amp;Retry the failed ones</source>
        <translation>&amp;Reintentar los fallidos</translation>
    </message>
    <message>
        <source>&amp;Export results…</source>
        <translation>E&amp;xportar los resultados…</translation>
    </message>
    <message>
        <source>Cancel the job</source>
        <translation>Cancelar el trabajo</translation>
    </message>
    <message>
        <source>Stop the job for good? The items in flight end; the items not sent yet are not sent.</source>
        <translation>¿Detener el trabajo definitivamente? Los elementos en curso terminan; los que aún no se enviaron no se envían.</translation>
    </message>
    <message>
        <source>Reading what sent.dm has now of the profiles… %1 of %2</source>
        <translation>Leyendo lo que sent.dm tiene ahora de los perfiles… %1 de %2</translation>
    </message>
    <message>
        <source>Dry run finished: nothing was made.</source>
        <translation>Prueba terminada: no se creó nada.</translation>
    </message>
    <message>
        <source>%1 — %2 of %3 done, %4 refused, %5 failed, %6 to go.</source>
        <translation>%1 — %2 de %3 hechos, %4 rechazados, %5 fallidos, %6 pendientes.</translation>
    </message>
    <message numerus="yes">
        <source>%1 ready, %2 with warnings, %3 with errors (left out until fixed), %4 left out. %n item(s) will be sent.</source>
        <translation>
            <numerusform>%1 listos, %2 con advertencias, %3 con errores (se omiten hasta corregirlos), %4 omitidos. Se enviará %n elemento.</numerusform>
            <numerusform>%1 listos, %2 con advertencias, %3 con errores (se omiten hasta corregirlos), %4 omitidos. Se enviarán %n elementos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the results</source>
        <translation>Exportar los resultados</translation>
    </message>
    <message>
        <source>bulk-job-results.csv</source>
        <translation>resultados-trabajo-masivo.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>The results could not be written to %1: %2</source>
        <translation>No se pudieron escribir los resultados en %1: %2</translation>
    </message>
    <message>
        <source>Close the job</source>
        <translation>Cerrar el trabajo</translation>
    </message>
    <message>
        <source>The job is still running. Pause it and close? It is offered again at the next start, and resumes where it stopped.</source>
        <translation>El trabajo sigue en curso. ¿Pausarlo y cerrar? Se ofrecerá de nuevo en el próximo inicio y se reanudará donde se detuvo.</translation>
    </message>
    <message>
        <source>Cancel the jo&amp;b</source>
        <translation>Cancelar el tra&amp;bajo</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>Rea&amp;nudar</translation>
    </message>
</context>
<context>
    <name>cd::ui::CampaignActions</name>
    <message>
        <source>&amp;New campaign…</source>
        <translation>&amp;Nueva campaña…</translation>
    </message>
    <message>
        <source>&amp;Edit campaign…</source>
        <translation>&amp;Editar campaña…</translation>
    </message>
    <message>
        <source>&amp;Delete campaign…</source>
        <translation>E&amp;liminar campaña…</translation>
    </message>
    <message>
        <source>D&amp;rafts…</source>
        <translation>Bo&amp;rradores…</translation>
    </message>
    <message>
        <source>This profile's &amp;drafts…</source>
        <translation>Borra&amp;dores de este perfil…</translation>
    </message>
    <message>
        <source>Create a campaign for the selected profile, checked before it is submitted.</source>
        <translation>Crear una campaña para el perfil seleccionado, comprobada antes de enviarla.</translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation>Nueva campaña</translation>
    </message>
    <message>
        <source>This profile's details are not available yet. Refresh (F5) and try again.</source>
        <translation>Los datos de este perfil aún no están disponibles. Actualice (F5) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>%1 has no brand, so it cannot have campaigns. Give the profile a brand of its own, or let it inherit the organization's, first.</source>
        <translation>%1 no tiene marca, así que no puede tener campañas. Dé primero al perfil una marca propia o deje que herede la de la organización.</translation>
    </message>
    <message>
        <source>There is a draft for %1: “%2”, last changed %3. Continue it?</source>
        <translation>Hay un borrador para %1: «%2», modificado por última vez %3. ¿Continuarlo?</translation>
    </message>
    <message>
        <source>Edit campaign</source>
        <translation>Editar campaña</translation>
    </message>
    <message>
        <source>This campaign's details are not available yet. Refresh (F5) and try again.</source>
        <translation>Los datos de esta campaña aún no están disponibles. Actualice (F5) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>“%1” was submitted to The Campaign Registry and can no longer be changed. To change what it says, create a new campaign.</source>
        <translation>«%1» se envió a The Campaign Registry y ya no se puede cambiar. Para cambiar lo que dice, cree una campaña nueva.</translation>
    </message>
    <message>
        <source>Delete campaign</source>
        <translation>Eliminar campaña</translation>
    </message>
    <message>
        <source>“%1” belongs to the organization; this profile cannot delete it.</source>
        <translation>«%1» pertenece a la organización; este perfil no puede eliminarla.</translation>
    </message>
    <message>
        <source>Delete the campaign “%1”? sent.dm removes it from the profile; this cannot be undone.</source>
        <translation>¿Eliminar la campaña «%1»? sent.dm la quita del perfil; no se puede deshacer.</translation>
    </message>
    <message>
        <source>Deleting “%1”…</source>
        <translation>Eliminando «%1»…</translation>
    </message>
    <message>
        <source>“%1” was not deleted. %2</source>
        <translation>«%1» no se eliminó. %2</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>Se eliminó «%1».</translation>
    </message>
    <message>
        <source>sent.dm has the campaign “%1”.</source>
        <translation>sent.dm tiene la campaña «%1».</translation>
    </message>
    <message>
        <source>Campaign drafts</source>
        <translation>Borradores de campañas</translation>
    </message>
    <message>
        <source>The draft's profile is no longer in this organization.</source>
        <translation>El perfil del borrador ya no está en esta organización.</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>sin título</translation>
    </message>
    <message>
        <source>%1 uses the organization's campaigns, which are read-only for it. To give it campaigns of its own, use Profile → Change inheritance, which shows what the switch does first.</source>
        <translation>%1 usa las campañas de la organización, que son de solo lectura para él. Para darle campañas propias, use Perfil → Cambiar herencia, que muestra antes qué supone el cambio.</translation>
    </message>
    <message>
        <source>“%1” belongs to the organization; this profile inherits it and cannot change it. The organization's campaigns are changed in sent.dm's dashboard, under the organization. To give this profile campaigns of its own, use Profile → Change inheritance.</source>
        <translation>«%1» pertenece a la organización; este perfil la hereda y no puede cambiarla. Las campañas de la organización se cambian en el panel de sent.dm, en la organización. Para dar a este perfil campañas propias, use Perfil → Cambiar herencia.</translation>
    </message>
</context>
<context>
    <name>cd::ui::CampaignWizard</name>
    <message>
        <source>Edit campaign — %1</source>
        <translation>Editar campaña — %1</translation>
    </message>
    <message>
        <source>New campaign — %1</source>
        <translation>Nueva campaña — %1</translation>
    </message>
    <message>
        <source>Save draft and close</source>
        <translation>Guardar borrador y cerrar</translation>
    </message>
    <message>
        <source>“%1” was submitted to The Campaign Registry and can no longer be changed. What you typed is kept as a draft: export it from the review to start a new campaign with it.</source>
        <translation>«%1» se envió a The Campaign Registry y ya no se puede cambiar. Lo que escribió se conserva como borrador: expórtelo desde la revisión para empezar con él una campaña nueva.</translation>
    </message>
</context>
<context>
    <name>cd::ui::ColumnMappingDialog</name>
    <message>
        <source>Columns of the file</source>
        <translation>Columnas del archivo</translation>
    </message>
    <message>
        <source>Choose the field each column fills. The columns were matched by their headers; what you choose here is used again for the next file with the same headers.</source>
        <translation>Elija el campo que rellena cada columna. Las columnas se asignaron por su encabezado; lo que elija aquí se usará de nuevo para el próximo archivo con los mismos encabezados.</translation>
    </message>
    <message>
        <source>Not used</source>
        <translation>Sin usar</translation>
    </message>
    <message>
        <source>Field of the column “%1”</source>
        <translation>Campo de la columna «%1»</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>“%1” (e.g. %2)</source>
        <translation>«%1» (p. ej. %2)</translation>
    </message>
    <message>
        <source>Check the &amp;rows…</source>
        <translation>Comprobar las &amp;filas…</translation>
    </message>
    <message>
        <source>More than one column fills %1: only the first is used.</source>
        <translation>Más de una columna rellena %1: solo se usa la primera.</translation>
    </message>
    <message>
        <source>Choose the column that holds the profiles' names.</source>
        <translation>Elija la columna que contiene los nombres de los perfiles.</translation>
    </message>
</context>
<context>
    <name>cd::ui::CompletionWizard</name>
    <message>
        <source>Edit the profile…</source>
        <translation>Editar el perfil…</translation>
    </message>
    <message>
        <source>Edit the brand…</source>
        <translation>Editar la marca…</translation>
    </message>
    <message>
        <source>New campaign…</source>
        <translation>Nueva campaña…</translation>
    </message>
    <message>
        <source>Change what it inherits…</source>
        <translation>Cambiar lo que hereda…</translation>
    </message>
    <message>
        <source>Complete the setup of %1</source>
        <translation>Completar la configuración de %1</translation>
    </message>
    <message>
        <source>What sent.dm will check</source>
        <translation>Lo que comprobará sent.dm</translation>
    </message>
    <message>
        <source>Every item must be met before the profile can be submitted. Fix what is missing, then go on.</source>
        <translation>Cada punto debe cumplirse antes de enviar el perfil. Corrija lo que falta y continúe.</translation>
    </message>
    <message>
        <source>The status the profile will get</source>
        <translation>El estado que tendrá el perfil</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Comprobar de &amp;nuevo</translation>
    </message>
    <message>
        <source>Read the profile and its campaigns from sent.dm again</source>
        <translation>Volver a leer el perfil y sus campañas desde sent.dm</translation>
    </message>
    <message>
        <source>Reading %1 from sent.dm…</source>
        <translation>Leyendo %1 desde sent.dm…</translation>
    </message>
    <message>
        <source>Could not read it again: %1</source>
        <translation>No se pudo volver a leer: %1</translation>
    </message>
    <message>
        <source>Checked at %1.</source>
        <translation>Comprobado a las %1.</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Cumplido</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>No cumplido</translation>
    </message>
    <message>
        <source>Advised</source>
        <translation>Recomendado</translation>
    </message>
    <message>
        <source>%1 (advised, not required)</source>
        <translation>%1 (recomendado, no obligatorio)</translation>
    </message>
    <message>
        <source>submitted for review</source>
        <translation>enviado a revisión</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>completado</translation>
    </message>
    <message>
        <source>&lt;b&gt;Once sent.dm has processed it, the profile will be %1.&lt;/b&gt;&lt;br&gt;%2</source>
        <translation>&lt;b&gt;Cuando sent.dm lo haya procesado, el perfil estará %1.&lt;/b&gt;&lt;br&gt;%2</translation>
    </message>
    <message>
        <source>Where sent.dm reports back</source>
        <translation>Dónde informa sent.dm</translation>
    </message>
    <message>
        <source>sent.dm calls this address once, when it has processed the profile. Compliance Desk does not depend on it: it watches the profile's status itself.</source>
        <translation>sent.dm llama a esta dirección una vez, cuando ha procesado el perfil. Compliance Desk no depende de ella: vigila por sí mismo el estado del perfil.</translation>
    </message>
    <message>
        <source>https://hooks.example.com/sent</source>
        <translation>https://hooks.example.com/sent</translation>
    </message>
    <message>
        <source>Webhook address</source>
        <translation>Dirección del webhook</translation>
    </message>
    <message>
        <source>&amp;Webhook address:</source>
        <translation>Dirección del &amp;webhook:</translation>
    </message>
    <message>
        <source>Problem with the webhook address</source>
        <translation>Problema con la dirección del webhook</translation>
    </message>
    <message>
        <source>sent.dm requires an address.</source>
        <translation>sent.dm exige una dirección.</translation>
    </message>
    <message>
        <source>Write a full web address, starting with https://.</source>
        <translation>Escriba una dirección web completa, empezando por https://.</translation>
    </message>
    <message>
        <source>This address is not encrypted: prefer https://.</source>
        <translation>Esta dirección no está cifrada: es preferible https://.</translation>
    </message>
    <message>
        <source>Submitting</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <source>What sent.dm answered</source>
        <translation>Lo que respondió sent.dm</translation>
    </message>
    <message>
        <source>The profile's status</source>
        <translation>El estado del perfil</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>&amp;Back to the checklist</source>
        <translation>&amp;Volver a la lista de comprobación</translation>
    </message>
    <message>
        <source>Prerequisites not met</source>
        <translation>Requisitos no cumplidos</translation>
    </message>
    <message>
        <source>Not submitted</source>
        <translation>No enviada</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Enviada</translation>
    </message>
</context>
<context>
    <name>cd::ui::ConnectDialog</name>
    <message>
        <source>Connect an organization</source>
        <translation>Conectar una organización</translation>
    </message>
    <message>
        <source>Use the API key of the organization (or of one sender profile) from the sent.dm dashboard, Settings → API Keys. It is checked with sent.dm, then kept in the system keychain; it is never written to a file.</source>
        <translation>Use la clave de API de la organización (o de un perfil de remitente) del panel de sent.dm, Settings → API Keys. Se comprueba con sent.dm y luego se guarda en el llavero del sistema; nunca se escribe en un archivo.</translation>
    </message>
    <message>
        <source>Connection name</source>
        <translation>Nombre de la conexión</translation>
    </message>
    <message>
        <source>e.g. Northwind production</source>
        <translation>p. ej. Northwind producción</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>Dirección de la API</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <source>Paste the API key</source>
        <translation>Pegue la clave de API</translation>
    </message>
    <message>
        <source>&amp;Show the key</source>
        <translation>&amp;Mostrar la clave</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Clave de API:</translation>
    </message>
    <message>
        <source>Result of the check</source>
        <translation>Resultado de la comprobación</translation>
    </message>
    <message>
        <source>&amp;Check and save</source>
        <translation>Co&amp;mprobar y guardar</translation>
    </message>
    <message>
        <source>The local demo sandbox</source>
        <translation>El sandbox local de demostración</translation>
    </message>
    <message>
        <source>Enter the API key again</source>
        <translation>Vuelva a introducir la clave de API</translation>
    </message>
    <message>
        <source>Checking the key with sent.dm…</source>
        <translation>Comprobando la clave con sent.dm…</translation>
    </message>
    <message>
        <source>The keychain cannot keep the key</source>
        <translation>El llavero no puede guardar la clave</translation>
    </message>
    <message>
        <source>Use the key for this session only? It stays in memory until Compliance Desk quits and is never written to disk; you will be asked for it again next time.</source>
        <translation>¿Usar la clave solo en esta sesión? Se queda en memoria hasta que Compliance Desk se cierre y nunca se escribe en el disco; se le volverá a pedir la próxima vez.</translation>
    </message>
    <message>
        <source>Connected: %1 “%2”.</source>
        <translation>Conectado: %1 «%2».</translation>
    </message>
</context>
<context>
    <name>cd::ui::ConnectionBar</name>
    <message>
        <source>&amp;Connect an organization…</source>
        <translation>&amp;Conectar una organización…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Re&amp;move this connection…</source>
        <translation>&amp;Quitar esta conexión…</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Sin conectar</translation>
    </message>
    <message>
        <source>Load everything again from sent.dm (F5)</source>
        <translation>Volver a cargar todo desde sent.dm (F5)</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>Conexión:</translation>
    </message>
    <message>
        <source>Add a connection…</source>
        <translation>Añadir una conexión…</translation>
    </message>
    <message>
        <source>Remove connection</source>
        <translation>Quitar la conexión</translation>
    </message>
    <message>
        <source>Remove “%1”?

Its API key is deleted from the system keychain, and this computer's copy of its organization with it. Nothing changes at sent.dm: connect again with the key at any time.</source>
        <translation>¿Quitar «%1»?

Su clave de API se borra del llavero del sistema, y con ella la copia de su organización en este equipo. En sent.dm no cambia nada: puede volver a conectarse con la clave en cualquier momento.</translation>
    </message>
    <message>
        <source>Removing “%1”…</source>
        <translation>Quitando «%1»…</translation>
    </message>
    <message>
        <source>“%1” was not removed: %2</source>
        <translation>No se quitó «%1»: %2</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
</context>
<context>
    <name>cd::ui::ConsentPage</name>
    <message>
        <source>Consent and message flow</source>
        <translation>Consentimiento y flujo de mensajes</translation>
    </message>
    <message>
        <source>How people agree to receive the messages, and what they are told when they do.</source>
        <translation>Cómo aceptan las personas recibir los mensajes y qué se les dice cuando lo hacen.</translation>
    </message>
    <message>
        <source>Message &amp;flow:</source>
        <translation>&amp;Flujo de mensajes:</translation>
    </message>
    <message>
        <source>e.g. Customers opt in on the sign-up form at https://… by ticking an unticked box. The form says: Msg frequency varies. Msg &amp; data rates may apply. Reply HELP for help, STOP to cancel. Terms: … Privacy: …</source>
        <translation>p. ej. Customers opt in on the sign-up form at https://… by ticking an unticked box. The form says: Msg frequency varies. Msg &amp; data rates may apply. Reply HELP for help, STOP to cancel. Terms: … Privacy: …</translation>
    </message>
    <message>
        <source>&amp;Opt-in message:</source>
        <translation>Mensaje de &amp;suscripción:</translation>
    </message>
    <message>
        <source>The reply to someone who opts in, e.g. “%1: you're subscribed to … Msg frequency varies. Msg &amp; data rates may apply. Reply HELP for help, STOP to opt out.”</source>
        <translation>La respuesta a quien se suscribe, p. ej. «%1: you're subscribed to … Msg frequency varies. Msg &amp; data rates may apply. Reply HELP for help, STOP to opt out.»</translation>
    </message>
    <message>
        <source>Opt-in &amp;keywords:</source>
        <translation>Pala&amp;bras clave de suscripción:</translation>
    </message>
    <message>
        <source>e.g. START, YES</source>
        <translation>p. ej. START, YES</translation>
    </message>
</context>
<context>
    <name>cd::ui::DashboardView</name>
    <message>
        <source>In this state since %1</source>
        <translation>En este estado desde %1</translation>
    </message>
    <message>
        <source>Profiles by status</source>
        <translation>Perfiles por estado</translation>
    </message>
    <message>
        <source>Campaigns by status</source>
        <translation>Campañas por estado</translation>
    </message>
    <message>
        <source>Brands by identity status</source>
        <translation>Marcas por estado de identidad</translation>
    </message>
    <message>
        <source>Campaigns per use case</source>
        <translation>Campañas por caso de uso</translation>
    </message>
    <message>
        <source>&lt;b&gt;Needs attention&lt;/b&gt; — most urgent first; Enter or double-click opens</source>
        <translation>&lt;b&gt;Requiere atención&lt;/b&gt; — lo más urgente primero; Intro o doble clic para abrir</translation>
    </message>
    <message>
        <source>Flag &amp;reviews waiting more than</source>
        <translation>Señalar las &amp;revisiones que esperan más de</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Days in review before an item is flagged</source>
        <translation>Días en revisión antes de señalar un elemento</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <source>Days in its current state</source>
        <translation>Días en su estado actual</translation>
    </message>
    <message>
        <source>Items that need attention</source>
        <translation>Elementos que requieren atención</translation>
    </message>
    <message>
        <source>%1, as text</source>
        <translation>%1, como texto</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Perfiles</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campañas</translation>
    </message>
    <message>
        <source>Brands</source>
        <translation>Marcas</translation>
    </message>
    <message numerus="yes">
        <source>In review more than %n day(s)</source>
        <translation>
            <numerusform>En revisión más de %n día</numerusform>
            <numerusform>En revisión más de %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (draft for %2)</source>
        <translation>%1 (borrador para %2)</translation>
    </message>
    <message>
        <source>Not submitted</source>
        <translation>No enviada</translation>
    </message>
    <message>
        <source>Nothing needs attention.</source>
        <translation>Nada requiere atención.</translation>
    </message>
    <message>
        <source>Each campaign counts once: an organization campaign that several profiles inherit is one campaign.</source>
        <translation>Cada campaña cuenta una vez: una campaña de la organización que heredan varios perfiles es una sola campaña.</translation>
    </message>
    <message>
        <source>%1 (the organization's)</source>
        <translation>%1 (de la organización)</translation>
    </message>
    <message numerus="yes">
        <source>%1 — affects %n profile(s)</source>
        <translation>
            <numerusform>%1 — afecta a %n perfil</numerusform><numerusform>%1 — afecta a %n perfiles</numerusform></translation>
    </message>
    <message>
        <source>Inherits it</source>
        <translation>La hereda</translation>
    </message>
    <message numerus="yes">
        <source>%n profile(s) affected by the organization's brand or campaigns: they inherit something that was rejected, suspended or did not reach the registry.</source>
        <translation>
            <numerusform>%n perfil afectado por la marca o las campañas de la organización: hereda algo que se rechazó, se suspendió o no llegó al registro.</numerusform><numerusform>%n perfiles afectados por la marca o las campañas de la organización: heredan algo que se rechazó, se suspendió o no llegó al registro.</numerusform></translation>
    </message>
</context>
<context>
    <name>cd::ui::DetailsPanel</name>
    <message>
        <source>sent.dm: %1</source>
        <translation>sent.dm: %1</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>History on this computer</source>
        <translation>Historial en este equipo</translation>
    </message>
    <message>
        <source>%1 (request %2)</source>
        <translation>%1 (solicitud %2)</translation>
    </message>
    <message>
        <source>%1 — by %2</source>
        <translation>%1 — por %2</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier entry(s) not shown.</source>
        <translation>
            <numerusform>%n entrada anterior no mostrada.</numerusform>
            <numerusform>%n entradas anteriores no mostradas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hora</numerusform>
            <numerusform>%n horas</numerusform>
        </translation>
    </message>
    <message>
        <source>less than an hour</source>
        <translation>menos de una hora</translation>
    </message>
    <message>
        <source>%1 (since %2)</source>
        <translation>%1 (desde %2)</translation>
    </message>
    <message>
        <source>%1 or more (since its last change, %2)</source>
        <translation>%1 o más (desde su último cambio, %2)</translation>
    </message>
    <message>
        <source>since its last change, %1</source>
        <translation>desde su último cambio, %1</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>%1 (sent.dm: %2)</source>
        <translation>%1 (sent.dm: %2)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>Nada seleccionado</translation>
    </message>
    <message>
        <source>Select the organization, a profile or a campaign to see all of its details.</source>
        <translation>Seleccione la organización, un perfil o una campaña para ver todos sus detalles.</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Perfiles</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canales</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Configured</source>
        <translation>Configurado</translation>
    </message>
    <message>
        <source>Not configured</source>
        <translation>Sin configurar</translation>
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
        <translation>Perfil de remitente · %1</translation>
    </message>
    <message>
        <source>Edit the profile and its brand…</source>
        <translation>Editar el perfil y su marca…</translation>
    </message>
    <message>
        <source>History on this computer…</source>
        <translation>Historial en este equipo…</translation>
    </message>
    <message>
        <source>Complete the profile's setup…</source>
        <translation>Completar la configuración del perfil…</translation>
    </message>
    <message>
        <source>New campaign for this profile…</source>
        <translation>Nueva campaña para este perfil…</translation>
    </message>
    <message>
        <source>This profile's campaign drafts…</source>
        <translation>Borradores de campañas de este perfil…</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Nombre corto</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>In this status</source>
        <translation>En este estado</translation>
    </message>
    <message>
        <source>Icon</source>
        <translation>Icono</translation>
    </message>
    <message>
        <source>Billing model</source>
        <translation>Modelo de facturación</translation>
    </message>
    <message>
        <source>Billing contact</source>
        <translation>Contacto de facturación</translation>
    </message>
    <message>
        <source>Inherits the brand</source>
        <translation>Hereda la marca</translation>
    </message>
    <message>
        <source>Inherits campaigns</source>
        <translation>Hereda las campañas</translation>
    </message>
    <message>
        <source>SMS number</source>
        <translation>Número de SMS</translation>
    </message>
    <message>
        <source>WhatsApp number</source>
        <translation>Número de WhatsApp</translation>
    </message>
    <message>
        <source>WABA ID</source>
        <translation>ID de WABA</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campañas</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Último cambio</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Marca</translation>
    </message>
    <message>
        <source>The organization's brand is used (inherited).</source>
        <translation>Se usa la marca de la organización (heredada).</translation>
    </message>
    <message>
        <source>This profile has no brand yet, so it cannot have campaigns.</source>
        <translation>Este perfil aún no tiene marca, así que no puede tener campañas.</translation>
    </message>
    <message>
        <source>Brand (the organization's, read-only here)</source>
        <translation>Marca (la de la organización, aquí de solo lectura)</translation>
    </message>
    <message>
        <source>Brand ID</source>
        <translation>ID de la marca</translation>
    </message>
    <message>
        <source>Identity status</source>
        <translation>Estado de identidad</translation>
    </message>
    <message>
        <source>Submitted to TCR</source>
        <translation>Enviada a TCR</translation>
    </message>
    <message>
        <source>TCR brand ID</source>
        <translation>ID de marca TCR</translation>
    </message>
    <message>
        <source>Universal EIN</source>
        <translation>EIN universal</translation>
    </message>
    <message>
        <source>Submitted to TCR: the brand can no longer be changed.</source>
        <translation>Enviada a TCR: la marca ya no se puede cambiar.</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Business name</source>
        <translation>Nombre de la empresa</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Razón social</translation>
    </message>
    <message>
        <source>Entity type</source>
        <translation>Tipo de entidad</translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation>NIF / ID fiscal</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Country of registration</source>
        <translation>País de registro</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Cumplimiento</translation>
    </message>
    <message>
        <source>Brand relationship</source>
        <translation>Relación de la marca</translation>
    </message>
    <message>
        <source>Vertical</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>%1 (main)</source>
        <translation>%1 (principal)</translation>
    </message>
    <message>
        <source>Destination countries</source>
        <translation>Países de destino</translation>
    </message>
    <message>
        <source>TCR application</source>
        <translation>Solicitud TCR</translation>
    </message>
    <message>
        <source>Phone number prefix</source>
        <translation>Prefijo de número de teléfono</translation>
    </message>
    <message>
        <source>Expected volume</source>
        <translation>Volumen previsto</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Campaign of %1 · %2</source>
        <translation>Campaña de %1 · %2</translation>
    </message>
    <message>
        <source>Sync error: %1</source>
        <translation>Error de sincronización: %1</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>TCR campaign ID</source>
        <translation>ID de campaña TCR</translation>
    </message>
    <message>
        <source>Carrier elections</source>
        <translation>Elecciones de los operadores</translation>
    </message>
    <message>
        <source>Complete %1</source>
        <translation>Completas %1</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coste</translation>
    </message>
    <message>
        <source>Billed</source>
        <translation>Facturado</translation>
    </message>
    <message>
        <source>Use case: %1</source>
        <translation>Caso de uso: %1</translation>
    </message>
    <message>
        <source>Consent and messages</source>
        <translation>Consentimiento y mensajes</translation>
    </message>
    <message>
        <source>Message flow</source>
        <translation>Flujo de mensajes</translation>
    </message>
    <message>
        <source>Opt-in message</source>
        <translation>Mensaje de suscripción</translation>
    </message>
    <message>
        <source>Opt-in keywords</source>
        <translation>Palabras clave de suscripción</translation>
    </message>
    <message>
        <source>Opt-out message</source>
        <translation>Mensaje de baja</translation>
    </message>
    <message>
        <source>Opt-out keywords</source>
        <translation>Palabras clave de baja</translation>
    </message>
    <message>
        <source>Help message</source>
        <translation>Mensaje de ayuda</translation>
    </message>
    <message>
        <source>Help keywords</source>
        <translation>Palabras clave de ayuda</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Enlaces</translation>
    </message>
    <message>
        <source>Privacy policy</source>
        <translation>Política de privacidad</translation>
    </message>
    <message>
        <source>Terms and conditions</source>
        <translation>Términos y condiciones</translation>
    </message>
    <message>
        <source>Change where its brand and campaigns come from…</source>
        <translation>Cambiar de dónde vienen su marca y sus campañas…</translation>
    </message>
    <message>
        <source>Brand and campaigns</source>
        <translation>Marca y campañas</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Organization's brand</source>
        <translation>Marca de la organización</translation>
    </message>
    <message>
        <source>Shared by the organization · %1</source>
        <translation>Compartida por la organización · %1</translation>
    </message>
    <message>
        <source>Shared by the organization</source>
        <translation>Compartida por la organización</translation>
    </message>
    <message>
        <source>The profiles below send under the organization's brand. It is read-only here: sent.dm's API has no way to change it from this app. It is changed in sent.dm's dashboard, under the organization.</source>
        <translation>Los perfiles de abajo envían con la marca de la organización. Aquí es de solo lectura: la API de sent.dm no permite cambiarla desde esta aplicación. Se cambia en el panel de sent.dm, en la organización.</translation>
    </message>
    <message>
        <source>None of these profiles has reported the brand yet: it shows once their details are read.</source>
        <translation>Ninguno de estos perfiles ha informado aún de la marca: aparece cuando se leen sus detalles.</translation>
    </message>
    <message numerus="yes">
        <source>Used by %n profile(s)</source>
        <translation>
            <numerusform>Usada por %n perfil</numerusform><numerusform>Usada por %n perfiles</numerusform></translation>
    </message>
    <message>
        <source>The organization's campaign · %1</source>
        <translation>Campaña de la organización · %1</translation>
    </message>
    <message>
        <source>The profiles below use this campaign of the organization's. It is read-only here: sent.dm's API has no way to change it from this app. It is changed in sent.dm's dashboard, under the organization.</source>
        <translation>Los perfiles de abajo usan esta campaña de la organización. Aquí es de solo lectura: la API de sent.dm no permite cambiarla desde esta aplicación. Se cambia en el panel de sent.dm, en la organización.</translation>
    </message>
    <message>
        <source>Sync error: %1 — every profile below is affected.</source>
        <translation>Error de sincronización: %1 — afecta a todos los perfiles de abajo.</translation>
    </message>
    <message>
        <source>Rejected — every profile below is affected.</source>
        <translation>Rechazada — afecta a todos los perfiles de abajo.</translation>
    </message>
    <message>
        <source>Use cases</source>
        <translation>Casos de uso</translation>
    </message>
    <message>
        <source>Inherited from the organization: read-only for this profile. The organization's campaigns are changed in sent.dm's dashboard, under the organization. To give this profile campaigns of its own, use Profile → Change inheritance.</source>
        <translation>Heredada de la organización: de solo lectura para este perfil. Las campañas de la organización se cambian en el panel de sent.dm, en la organización. Para dar a este perfil campañas propias, use Perfil → Cambiar herencia.</translation>
    </message>
</context>
<context>
    <name>cd::ui::DraftsDialog</name>
    <message>
        <source>Campaign drafts — %1</source>
        <translation>Borradores de campañas — %1</translation>
    </message>
    <message>
        <source>Campaign drafts</source>
        <translation>Borradores de campañas</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Borradores</translation>
    </message>
    <message>
        <source>Reading the drafts…</source>
        <translation>Leyendo los borradores…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Descartar…</translation>
    </message>
    <message>
        <source>%1 — %2%3, last changed %4</source>
        <translation>%1 — %2%3, modificado por última vez %4</translation>
    </message>
    <message>
        <source> (changes to a campaign)</source>
        <translation> (cambios en una campaña)</translation>
    </message>
    <message>
        <source>A draft that cannot be opened: %1</source>
        <translation>Un borrador que no se puede abrir: %1</translation>
    </message>
    <message>
        <source>No drafts: everything typed has been submitted.</source>
        <translation>No hay borradores: todo lo escrito se ha enviado.</translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation>Descartar borrador</translation>
    </message>
    <message>
        <source>Discard the draft “%1”? What was typed in it is lost.</source>
        <translation>¿Descartar el borrador «%1»? Lo que se escribió en él se pierde.</translation>
    </message>
</context>
<context>
    <name>cd::ui::EmptyStatePage</name>
    <message>
        <source>No organization connected</source>
        <translation>Ninguna organización conectada</translation>
    </message>
    <message>
        <source>Connect an organization with its sent.dm API key to browse its sender profiles, brands and campaigns. To look around first, start Compliance Desk with --sandbox: it runs a local stand-in for sent.dm with a demo organization.</source>
        <translation>Conecte una organización con su clave de API de sent.dm para explorar sus perfiles de remitente, marcas y campañas. Para echar un vistazo primero, inicie Compliance Desk con --sandbox: ejecuta en local un sustituto de sent.dm con una organización de demostración.</translation>
    </message>
    <message>
        <source>&amp;Connect an organization…</source>
        <translation>&amp;Conectar una organización…</translation>
    </message>
</context>
<context>
    <name>cd::ui::FieldSet</name>
    <message>
        <source>Problem with %1</source>
        <translation>Problema con %1</translation>
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
        <translation>Problemas con este campo</translation>
    </message>
    <message>
        <source>(acknowledged)</source>
        <translation>(aceptada)</translation>
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
        <translation>Ayuda de Compliance Desk</translation>
    </message>
    <message>
        <source>The user guide is missing from this build.</source>
        <translation>La guía del usuario falta en esta compilación.</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guía del usuario</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Open the selected row's menu</source>
        <translation>Abrir el menú de la fila seleccionada</translation>
    </message>
    <message>
        <source>Shift+F10 or the Menu key</source>
        <translation>Mayús+F10 o la tecla de menú</translation>
    </message>
    <message>
        <source>Open the selected item, or load a failed row again</source>
        <translation>Abrir el elemento seleccionado o volver a cargar una fila que falló</translation>
    </message>
    <message>
        <source>Enter or double-click</source>
        <translation>Intro o doble clic</translation>
    </message>
    <message>
        <source>Go to the field of a finding (review page)</source>
        <translation>Ir al campo de un hallazgo (página de revisión)</translation>
    </message>
    <message>
        <source>Move between fields</source>
        <translation>Moverse entre campos</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Mayús+Tab</translation>
    </message>
</context>
<context>
    <name>cd::ui::HistoryDialog</name>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Aceptada</translation>
    </message>
    <message>
        <source>History — %1</source>
        <translation>Historial — %1</translation>
    </message>
    <message>
        <source>What this computer has seen and sent for %1, newest first. Select two changes to compare what they sent.</source>
        <translation>Lo que este equipo ha visto y enviado para %1, lo más reciente primero. Seleccione dos cambios para comparar lo que enviaron.</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>All entries</source>
        <translation>Todas las entradas</translation>
    </message>
    <message>
        <source>Status changes</source>
        <translation>Cambios de estado</translation>
    </message>
    <message>
        <source>Changes made</source>
        <translation>Cambios realizados</translation>
    </message>
    <message>
        <source>Warnings acknowledged</source>
        <translation>Advertencias aceptadas</translation>
    </message>
    <message>
        <source>Kind of entries shown</source>
        <translation>Tipo de entradas mostradas</translation>
    </message>
    <message>
        <source>Find in the entries (what, who, request id, what was sent)…</source>
        <translation>Buscar en las entradas (qué, quién, id de solicitud, lo enviado)…</translation>
    </message>
    <message>
        <source>Find in the history</source>
        <translation>Buscar en el historial</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>ID de solicitud</translation>
    </message>
    <message>
        <source>History entries</source>
        <translation>Entradas del historial</translation>
    </message>
    <message>
        <source>The selected entry</source>
        <translation>La entrada seleccionada</translation>
    </message>
    <message>
        <source>Select an entry to see what was sent.</source>
        <translation>Seleccione una entrada para ver lo que se envió.</translation>
    </message>
    <message>
        <source>Integrity of the history</source>
        <translation>Integridad del historial</translation>
    </message>
    <message>
        <source>Co&amp;mpare the two</source>
        <translation>Co&amp;mparar las dos</translation>
    </message>
    <message>
        <source>Select two changes (Ctrl+click) to see, field by field, what the later one sent differently</source>
        <translation>Seleccione dos cambios (Ctrl+clic) para ver, campo a campo, qué envió distinto el posterior</translation>
    </message>
    <message>
        <source>Check &amp;integrity</source>
        <translation>Comprobar la &amp;integridad</translation>
    </message>
    <message>
        <source>Check that no entry of the history was changed or removed since it was written</source>
        <translation>Comprobar que ninguna entrada del historial se ha cambiado ni eliminado desde que se escribió</translation>
    </message>
    <message>
        <source>Nothing recorded yet. Changes made here or with compliance-desk-cli, and the status changes the status checks see, are recorded from now on.</source>
        <translation>Aún no hay nada registrado. A partir de ahora se registran los cambios hechos aquí o con compliance-desk-cli, y los cambios de estado que ven las comprobaciones de estado.</translation>
    </message>
    <message>
        <source>By: %1</source>
        <translation>Por: %1</translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation>ID de solicitud: %1</translation>
    </message>
    <message>
        <source>Sent: %1</source>
        <translation>Enviado: %1</translation>
    </message>
    <message>
        <source>From entry %1 (%2) to entry %3 (%4):</source>
        <translation>De la entrada %1 (%2) a la entrada %3 (%4):</translation>
    </message>
    <message>
        <source>Both sent the same fields.</source>
        <translation>Ambos enviaron los mismos campos.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>(not sent)</source>
        <translation>(no enviado)</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message numerus="yes">
        <source>The history is intact: %n entry(s) checked, none changed or removed.</source>
        <translation>
            <numerusform>El historial está intacto: %n entrada comprobada, ninguna cambiada ni eliminada.</numerusform>
            <numerusform>El historial está intacto: %n entradas comprobadas, ninguna cambiada ni eliminada.</numerusform>
        </translation>
    </message>
    <message>
        <source>The history could not be checked: %1</source>
        <translation>No se pudo comprobar el historial: %1</translation>
    </message>
    <message>
        <source>The history is not intact: %1</source>
        <translation>El historial no está intacto: %1</translation>
    </message>
</context>
<context>
    <name>cd::ui::InheritanceDialog</name>
    <message>
        <source>Its &amp;own brand</source>
        <translation>Marca &amp;propia</translation>
    </message>
    <message>
        <source>The organization's &amp;brand</source>
        <translation>&amp;Marca de la organización</translation>
    </message>
    <message>
        <source>Its o&amp;wn campaigns</source>
        <translation>Campañas p&amp;ropias</translation>
    </message>
    <message>
        <source>The organization's ca&amp;mpaigns</source>
        <translation>Campañas de la &amp;organización</translation>
    </message>
    <message>
        <source>I understand that this profile &amp;stops sending until then</source>
        <translation>Entiendo que este perfil &amp;deja de enviar hasta entonces</translation>
    </message>
    <message>
        <source>Brand and campaigns of %1</source>
        <translation>Marca y campañas de %1</translation>
    </message>
    <message>
        <source>Choose where this profile's brand and campaigns come from. What the change does is shown below before anything is sent.</source>
        <translation>Elija de dónde vienen la marca y las campañas de este perfil. Lo que supone el cambio se muestra abajo antes de enviar nada.</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Marca</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campañas</translation>
    </message>
    <message>
        <source>Use its own brand</source>
        <translation>Usar su marca propia</translation>
    </message>
    <message>
        <source>Use the organization's brand</source>
        <translation>Usar la marca de la organización</translation>
    </message>
    <message>
        <source>Use its own campaigns</source>
        <translation>Usar sus campañas propias</translation>
    </message>
    <message>
        <source>Use the organization's campaigns</source>
        <translation>Usar las campañas de la organización</translation>
    </message>
    <message>
        <source>What the change does</source>
        <translation>Qué supone el cambio</translation>
    </message>
    <message>
        <source>The change was not made. %1</source>
        <translation>No se hizo el cambio. %1</translation>
    </message>
    <message>
        <source>Swi&amp;tch</source>
        <translation>Camb&amp;iar</translation>
    </message>
</context>
<context>
    <name>cd::ui::InheritanceView</name>
    <message>
        <source>What the organization's profiles inherit, and how each is set up. Enter or double-click a row to see it in the tree.</source>
        <translation>Qué heredan los perfiles de la organización y cómo está configurado cada uno. Intro o doble clic muestra la fila en el árbol.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Perfiles</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>The organization's brand and campaigns, and the profiles by setup</source>
        <translation>La marca y las campañas de la organización, y los perfiles por configuración</translation>
    </message>
    <message>
        <source>The organization's brand and campaigns</source>
        <translation>Marca y campañas de la organización</translation>
    </message>
    <message>
        <source>Organization's brand</source>
        <translation>Marca de la organización</translation>
    </message>
    <message>
        <source>Not reported yet</source>
        <translation>Aún sin informar</translation>
    </message>
    <message>
        <source>Profiles that use the organization's brand</source>
        <translation>Perfiles que usan la marca de la organización</translation>
    </message>
    <message>
        <source>Profiles that use this campaign of the organization's</source>
        <translation>Perfiles que usan esta campaña de la organización</translation>
    </message>
    <message>
        <source>No profile inherits anything of the organization's yet.</source>
        <translation>Ningún perfil hereda aún nada de la organización.</translation>
    </message>
    <message>
        <source>Profiles by setup</source>
        <translation>Perfiles por configuración</translation>
    </message>
</context>
<context>
    <name>cd::ui::LinksPage</name>
    <message>
        <source>Links</source>
        <translation>Enlaces</translation>
    </message>
    <message>
        <source>The brand's public pages that reviewers open.</source>
        <translation>Las páginas públicas de la marca que abren los revisores.</translation>
    </message>
    <message>
        <source>&amp;Privacy policy:</source>
        <translation>&amp;Política de privacidad:</translation>
    </message>
    <message>
        <source>&amp;Terms and conditions:</source>
        <translation>&amp;Términos y condiciones:</translation>
    </message>
</context>
<context>
    <name>cd::ui::LoadStatus</name>
    <message>
        <source>Loading progress</source>
        <translation>Progreso de la carga</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Sin conectar</translation>
    </message>
    <message>
        <source>Loading profiles: %1 of %2</source>
        <translation>Cargando perfiles: %1 de %2</translation>
    </message>
    <message>
        <source>Loading profiles…</source>
        <translation>Cargando perfiles…</translation>
    </message>
    <message>
        <source>last current at %1</source>
        <translation>vigente por última vez a las %1</translation>
    </message>
    <message>
        <source>Reading the key of “%1” from the keychain…</source>
        <translation>Leyendo la clave de «%1» del llavero…</translation>
    </message>
    <message>
        <source>Showing the tree saved %1; refreshing: %2 of %3 profiles read</source>
        <translation>Mostrando el árbol guardado %1; actualizando: %2 de %3 perfiles leídos</translation>
    </message>
    <message>
        <source>Showing the tree saved %1; refreshing…</source>
        <translation>Mostrando el árbol guardado %1; actualizando…</translation>
    </message>
    <message>
        <source>Loading campaigns: %1 of %2 profiles</source>
        <translation>Cargando campañas: %1 de %2 perfiles</translation>
    </message>
    <message>
        <source>Loading the organization…</source>
        <translation>Cargando la organización…</translation>
    </message>
    <message>
        <source>Offline: showing the tree saved %1</source>
        <translation>Sin conexión: se muestra el árbol guardado %1</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Not up to date: the last refresh failed</source>
        <translation>No actualizado: falló la última actualización</translation>
    </message>
    <message>
        <source>Not up to date: the last refresh failed; %1</source>
        <translation>No actualizado: falló la última actualización; %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 profiles · not up to date: %n campaign list(s) could not be read (Refresh to try again)</source>
        <translation>
            <numerusform>%1 perfiles · no actualizado: no se pudo leer %n lista de campañas (Actualizar para reintentar)</numerusform>
            <numerusform>%1 perfiles · no actualizado: no se pudieron leer %n listas de campañas (Actualizar para reintentar)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 profiles · up to date at %2</source>
        <translation>%1 perfiles · actualizado a las %2</translation>
    </message>
    <message>
        <source>sent.dm: ready</source>
        <translation>sent.dm: disponible</translation>
    </message>
    <message>
        <source>sent.dm: busy, requests are paced</source>
        <translation>sent.dm: ocupado, las solicitudes se espacian</translation>
    </message>
    <message>
        <source>sent.dm: at its request limit, waiting</source>
        <translation>sent.dm: en su límite de solicitudes, esperando</translation>
    </message>
    <message>
        <source>sent.dm answers up to %1 requests a minute; about %2 can be made right now. Background loading keeps a reserve so that what you click is answered at once.</source>
        <translation>sent.dm responde hasta %1 solicitudes por minuto; ahora mismo se pueden hacer unas %2. La carga en segundo plano guarda una reserva para que lo que usted pulse se responda al momento.</translation>
    </message>
</context>
<context>
    <name>cd::ui::LocalFilesWatch</name>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>Close %1</source>
        <translation>Cerrar %1</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Reintentar</translation>
    </message>
</context>
<context>
    <name>cd::ui::MainWindow</name>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Detalles</translation>
    </message>
    <message>
        <source>Dash&amp;board</source>
        <translation>&amp;Panel</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Perfil</translation>
    </message>
    <message>
        <source>&amp;Campaign</source>
        <translation>&amp;Campaña</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>&amp;Expand all profiles</source>
        <translation>&amp;Expandir todos los perfiles</translation>
    </message>
    <message>
        <source>&amp;Collapse all</source>
        <translation>C&amp;ontraer todo</translation>
    </message>
    <message>
        <source>Show &amp;details</source>
        <translation>Mostrar &amp;detalles</translation>
    </message>
    <message>
        <source>Show dash&amp;board</source>
        <translation>Mostrar el p&amp;anel</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About Compliance Desk</source>
        <translation>&amp;Acerca de Compliance Desk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message numerus="yes">
        <source>%n campaign draft(s) not yet submitted.</source>
        <translation>
            <numerusform>%n borrador de campaña aún sin enviar.</numerusform>
            <numerusform>%n borradores de campañas aún sin enviar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open drafts…</source>
        <translation>Abrir borradores…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation>&amp;Detalles…</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Reset the &amp;demo…</source>
        <translation>&amp;Restablecer la demostración…</translation>
    </message>
    <message>
        <source>Reset the demo</source>
        <translation>Restablecer la demostración</translation>
    </message>
    <message>
        <source>Start the demo organization afresh? Its profiles, brands and campaigns go back to how they started, and the demo's drafts are discarded. The local history keeps what it recorded.</source>
        <translation>¿Empezar de nuevo la organización de demostración? Sus perfiles, marcas y campañas vuelven a su estado inicial y se descartan los borradores de la demostración. El historial local conserva lo que registró.</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guía del usuario</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>&amp;What's This?</source>
        <translation>¿Qué es &amp;esto?</translation>
    </message>
    <message>
        <source>B&amp;ulk</source>
        <translation>En &amp;bloque</translation>
    </message>
    <message numerus="yes">
        <source>%n bulk job(s) did not finish the last time.</source>
        <translation>
            <numerusform>%n trabajo masivo no terminó la última vez.</numerusform>
            <numerusform>%n trabajos masivos no terminaron la última vez.</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume…</source>
        <translation>Reanudar…</translation>
    </message>
    <message>
        <source>&amp;Inheritance</source>
        <translation>&amp;Herencia</translation>
    </message>
    <message>
        <source>Show &amp;inheritance</source>
        <translation>Mostrar &amp;herencia</translation>
    </message>
</context>
<context>
    <name>cd::ui::OptOutPage</name>
    <message>
        <source>Opt-out and help</source>
        <translation>Baja y ayuda</translation>
    </message>
    <message>
        <source>The replies to STOP and to HELP. Compliant texts are filled in; adjust them as needed.</source>
        <translation>Las respuestas a STOP y a HELP. Se rellenan con textos conformes; ajústelos si hace falta.</translation>
    </message>
    <message>
        <source>&amp;Opt-out message:</source>
        <translation>Mensaje de &amp;baja:</translation>
    </message>
    <message>
        <source>Opt-out &amp;keywords:</source>
        <translation>Palabras clave de ba&amp;ja:</translation>
    </message>
    <message>
        <source>e.g. STOP, UNSUBSCRIBE, END</source>
        <translation>p. ej. STOP, UNSUBSCRIBE, END</translation>
    </message>
    <message>
        <source>&amp;Help message:</source>
        <translation>Mensaje de a&amp;yuda:</translation>
    </message>
    <message>
        <source>Help k&amp;eywords:</source>
        <translation>Palabras c&amp;lave de ayuda:</translation>
    </message>
    <message>
        <source>e.g. HELP, INFO</source>
        <translation>p. ej. HELP, INFO</translation>
    </message>
</context>
<context>
    <name>cd::ui::OrganizationTreeView</name>
    <message>
        <source>Organization tree</source>
        <translation>Árbol de la organización</translation>
    </message>
</context>
<context>
    <name>cd::ui::ProblemLine</name>
    <message>
        <source>(+%1 more; see the tooltip)</source>
        <translation>(+%1 más; véase la información emergente)</translation>
    </message>
</context>
<context>
    <name>cd::ui::ProfileActions</name>
    <message>
        <source>&amp;New profile…</source>
        <translation>&amp;Nuevo perfil…</translation>
    </message>
    <message>
        <source>&amp;Edit profile and brand…</source>
        <translation>&amp;Editar perfil y marca…</translation>
    </message>
    <message>
        <source>&amp;Complete setup…</source>
        <translation>&amp;Completar configuración…</translation>
    </message>
    <message>
        <source>&amp;Delete profile…</source>
        <translation>E&amp;liminar perfil…</translation>
    </message>
    <message>
        <source>Create a child profile in this organization, with its brand</source>
        <translation>Crear un perfil hijo en esta organización, con su marca</translation>
    </message>
    <message>
        <source>Check the prerequisites and submit the profile for onboarding</source>
        <translation>Comprobar los requisitos y enviar el perfil para su alta</translation>
    </message>
    <message>
        <source>Reading the profile from sent.dm…</source>
        <translation>Leyendo el perfil desde sent.dm…</translation>
    </message>
    <message>
        <source>The profile could not be read from sent.dm. %1</source>
        <translation>No se pudo leer el perfil desde sent.dm. %1</translation>
    </message>
    <message>
        <source>Edit profile</source>
        <translation>Editar perfil</translation>
    </message>
    <message>
        <source>sent.dm has created the profile “%1”.</source>
        <translation>sent.dm ha creado el perfil «%1».</translation>
    </message>
    <message>
        <source>sent.dm has saved the changes to “%1”.</source>
        <translation>sent.dm ha guardado los cambios en «%1».</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Eliminar perfil</translation>
    </message>
    <message>
        <source>Delete the profile “%1”?</source>
        <translation>¿Eliminar el perfil «%1»?</translation>
    </message>
    <message>
        <source>sent.dm keeps its records, but the profile stops sending, and what it still holds is released:</source>
        <translation>sent.dm conserva sus registros, pero el perfil deja de enviar y se libera lo que aún tiene:</translation>
    </message>
    <message>
        <source>This cannot be undone from Compliance Desk.</source>
        <translation>Esto no se puede deshacer desde Compliance Desk.</translation>
    </message>
    <message>
        <source>The profile “%1” was deleted.</source>
        <translation>Se eliminó el perfil «%1».</translation>
    </message>
    <message>
        <source>“%1” was not deleted. %2</source>
        <translation>«%1» no se eliminó. %2</translation>
    </message>
    <message>
        <source>Complete setup</source>
        <translation>Completar configuración</translation>
    </message>
    <message>
        <source>Change &amp;inheritance…</source>
        <translation>Cambiar &amp;herencia…</translation>
    </message>
    <message>
        <source>Choose whether the profile uses its own brand and campaigns or the organization's, with what that does shown first</source>
        <translation>Elegir si el perfil usa marca y campañas propias o las de la organización, viendo antes qué supone</translation>
    </message>
    <message>
        <source>Change inheritance</source>
        <translation>Cambiar herencia</translation>
    </message>
    <message>
        <source>sent.dm has changed where “%1” gets its brand and campaigns.</source>
        <translation>sent.dm ha cambiado de dónde obtiene «%1» su marca y sus campañas.</translation>
    </message>
</context>
<context>
    <name>cd::ui::ProfileDialog</name>
    <message>
        <source>Edit profile — %1</source>
        <translation>Editar perfil — %1</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Nuevo perfil</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>Qué salió mal</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Perfil</translation>
    </message>
    <message>
        <source>&amp;Brand</source>
        <translation>&amp;Marca</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Create profile</source>
        <translation>&amp;Crear perfil</translation>
    </message>
    <message>
        <source>The profile</source>
        <translation>El perfil</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>e.g. Northwind Retail</source>
        <translation>p. ej. Northwind Comercio</translation>
    </message>
    <message>
        <source>Short na&amp;me:</source>
        <translation>Nombre co&amp;rto:</translation>
    </message>
    <message>
        <source>e.g. Northwind</source>
        <translation>p. ej. Northwind</translation>
    </message>
    <message>
        <source>3 to 11 letters, digits or spaces, with at least one letter. Needed to complete the profile.</source>
        <translation>De 3 a 11 letras, dígitos o espacios, con al menos una letra. Necesario para completar el perfil.</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>What the profile sends, and to whom</source>
        <translation>Qué envía el perfil y a quién</translation>
    </message>
    <message>
        <source>&amp;Icon:</source>
        <translation>&amp;Icono:</translation>
    </message>
    <message>
        <source>https://example.com/logo.png</source>
        <translation>https://example.com/logo.png</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Facturación</translation>
    </message>
    <message>
        <source>&amp;Who pays:</source>
        <translation>¿&amp;Quién paga?:</translation>
    </message>
    <message>
        <source>Billing contact (receives the invoices)</source>
        <translation>Contacto de facturación (recibe las facturas)</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>Nomb&amp;re:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>Corr&amp;eo electrónico:</translation>
    </message>
    <message>
        <source>billing@example.com</source>
        <translation>facturacion@example.com</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>Telé&amp;fono:</translation>
    </message>
    <message>
        <source>+14155550100</source>
        <translation>+14155550100</translation>
    </message>
    <message>
        <source>Add&amp;ress:</source>
        <translation>Dir&amp;ección:</translation>
    </message>
    <message>
        <source>From the organization</source>
        <translation>De la organización</translation>
    </message>
    <message>
        <source>Use the &amp;organization's brand</source>
        <translation>Usar la marca de la &amp;organización</translation>
    </message>
    <message>
        <source>Use the organization's campai&amp;gns</source>
        <translation>Usar las campañas de la or&amp;ganización</translation>
    </message>
    <message>
        <source>The organization pays: its own billing contact receives the invoices.</source>
        <translation>Paga la organización: su propio contacto de facturación recibe las facturas.</translation>
    </message>
    <message>
        <source>Some fields need attention before the profile can be saved; they are marked below.</source>
        <translation>Algunos campos requieren atención antes de poder guardar el perfil; están marcados abajo.</translation>
    </message>
    <message>
        <source>Nothing you typed is lost: press %1 again to retry.</source>
        <translation>No se pierde nada de lo que escribió: pulse %1 de nuevo para reintentar.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Discard the changes to this profile?</source>
        <translation>¿Descartar los cambios en este perfil?</translation>
    </message>
    <message>
        <source>Who receives the invoices for this profile's messages and registration fees: the profile (it needs a billing contact of its own), the organization, or both.</source>
        <translation>Quién recibe las facturas de los mensajes y las tarifas de registro de este perfil: el perfil (necesita entonces un contacto de facturación propio), la organización o ambos.</translation>
    </message>
    <message>
        <source>The profile sends under the organization's brand, which only the organization can change. Untick to give the profile a brand of its own.</source>
        <translation>El perfil envía con la marca de la organización, que solo la organización puede cambiar. Desmárquelo para dar al perfil una marca propia.</translation>
    </message>
    <message>
        <source>The profile sends under the organization's campaigns, read-only here. Untick to give it campaigns of its own; the organization's then no longer apply to it.</source>
        <translation>El perfil envía con las campañas de la organización, aquí de solo lectura. Desmárquelo para darle campañas propias; las de la organización dejan entonces de aplicarse a él.</translation>
    </message>
</context>
<context>
    <name>cd::ui::ProfileFieldsDialog</name>
    <message>
        <source>Leave as it is</source>
        <translation>Dejar como está</translation>
    </message>
    <message numerus="yes">
        <source>Change %n profile(s)</source>
        <translation>
            <numerusform>Cambiar %n perfil</numerusform>
            <numerusform>Cambiar %n perfiles</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose what every selected profile gets. Nothing is sent before you have seen the plan, profile by profile.</source>
        <translation>Elija lo que recibe cada perfil seleccionado. No se envía nada antes de que haya visto el plan, perfil por perfil.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Who pays for messages</source>
        <translation>Quién paga los mensajes</translation>
    </message>
    <message>
        <source>Uses the organization's brand</source>
        <translation>Usa la marca de la organización</translation>
    </message>
    <message>
        <source>Uses the organization's campaigns</source>
        <translation>Usa las campañas de la organización</translation>
    </message>
    <message>
        <source>The brand's industry</source>
        <translation>El sector de la marca</translation>
    </message>
    <message>
        <source>The brand's relationship with sent.dm</source>
        <translation>La relación de la marca con sent.dm</translation>
    </message>
    <message>
        <source>&amp;Who pays for messages:</source>
        <translation>&amp;Quién paga los mensajes:</translation>
    </message>
    <message>
        <source>Uses the organization's &amp;brand:</source>
        <translation>Usa la &amp;marca de la organización:</translation>
    </message>
    <message>
        <source>Uses the organization's ca&amp;mpaigns:</source>
        <translation>Usa las cam&amp;pañas de la organización:</translation>
    </message>
    <message>
        <source>The brand's &amp;industry:</source>
        <translation>El &amp;sector de la marca:</translation>
    </message>
    <message>
        <source>The brand's &amp;relationship:</source>
        <translation>La &amp;relación de la marca:</translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation>&amp;Vista previa…</translation>
    </message>
    <message>
        <source>Countries the brand messages</source>
        <translation>Países a los que la marca envía mensajes</translation>
    </message>
    <message>
        <source>Leave as it is, or e.g. US CA (two letters each, the main one first)</source>
        <translation>Dejar como está, o p. ej. US CA (dos letras cada uno, el principal primero)</translation>
    </message>
    <message>
        <source>Coun&amp;tries it messages:</source>
        <translation>Países de &amp;destino:</translation>
    </message>
</context>
<context>
    <name>cd::ui::ReportActions</name>
    <message>
        <source>E&amp;xport compliance report…</source>
        <translation>E&amp;xportar informe de cumplimiento…</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historial…</translation>
    </message>
    <message>
        <source>The organization's compliance report, or the selected profile's or campaign's, as PDF or CSV</source>
        <translation>El informe de cumplimiento de la organización, o del perfil o la campaña seleccionados, en PDF o CSV</translation>
    </message>
    <message>
        <source>What this computer has seen and sent for the selected profile or campaign</source>
        <translation>Lo que este equipo ha visto y enviado para el perfil o la campaña seleccionados</translation>
    </message>
    <message>
        <source>Export compliance report</source>
        <translation>Exportar informe de cumplimiento</translation>
    </message>
    <message>
        <source>The report was not exported. %1</source>
        <translation>No se exportó el informe. %1</translation>
    </message>
    <message numerus="yes">
        <source>Report saved: %1 (%n profile(s))</source>
        <translation>
            <numerusform>Informe guardado: %1 (%n perfil)</numerusform>
            <numerusform>Informe guardado: %1 (%n perfiles)</numerusform>
        </translation>
    </message>
    <message>
        <source>Export compliance report: %1</source>
        <translation>Exportar informe de cumplimiento: %1</translation>
    </message>
    <message>
        <source>PDF document (*.pdf);;CSV for spreadsheets (*.csv)</source>
        <translation>Documento PDF (*.pdf);;CSV para hojas de cálculo (*.csv)</translation>
    </message>
    <message>
        <source>Gathering the organization from this computer's copy…</source>
        <translation>Reuniendo la organización desde la copia de este equipo…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>cd::ui::ReviewPage</name>
    <message>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>Errors must be fixed; each warning must be acknowledged. Double-click a finding to go to its field.</source>
        <translation>Los errores deben corregirse; cada advertencia debe aceptarse. Haga doble clic en un hallazgo para ir a su campo.</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Hallazgos</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Hallazgo</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <source>The request that will be sent</source>
        <translation>La solicitud que se enviará</translation>
    </message>
    <message>
        <source>Check with sent.dm (dry run)</source>
        <translation>Comprobar con sent.dm (simulación)</translation>
    </message>
    <message>
        <source>sent.dm validates the campaign with "sandbox": true; nothing is created.</source>
        <translation>sent.dm valida la campaña con "sandbox": true; no se crea nada.</translation>
    </message>
    <message>
        <source>Import JSON…</source>
        <translation>Importar JSON…</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>Exportar JSON…</translation>
    </message>
    <message>
        <source>Sending to sent.dm…</source>
        <translation>Enviando a sent.dm…</translation>
    </message>
    <message>
        <source>sent.dm accepts this campaign as it is (dry run: nothing was created).</source>
        <translation>sent.dm acepta esta campaña tal como está (simulación: no se creó nada).</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Guardar cambios</translation>
    </message>
    <message>
        <source>&amp;Submit to sent.dm</source>
        <translation>&amp;Enviar a sent.dm</translation>
    </message>
    <message>
        <source>Errors: fix these</source>
        <translation>Errores: corríjalos</translation>
    </message>
    <message>
        <source>Warnings: acknowledge each, or fix it</source>
        <translation>Advertencias: acepte cada una o corríjala</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Predicted rejection: %1</source>
        <translation>Rechazo previsto: %1</translation>
    </message>
    <message>
        <source>Tick to acknowledge: you know, and submit anyway. Predicted rejection: %1</source>
        <translation>Marque para aceptarla: lo sabe y envía de todos modos. Rechazo previsto: %1</translation>
    </message>
    <message>
        <source>sent.dm refused these fields</source>
        <translation>sent.dm rechazó estos campos</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) to fix before this can be submitted.</source>
        <translation>
            <numerusform>%n error que corregir antes de poder enviar.</numerusform>
            <numerusform>%n errores que corregir antes de poder enviar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No errors. %n warning(s) still to acknowledge.</source>
        <translation>
            <numerusform>Sin errores. Queda %n advertencia por aceptar.</numerusform>
            <numerusform>Sin errores. Quedan %n advertencias por aceptar.</numerusform>
        </translation>
    </message>
    <message>
        <source>No errors, and every warning acknowledged: ready to submit.</source>
        <translation>Sin errores y con todas las advertencias aceptadas: listo para enviar.</translation>
    </message>
    <message>
        <source>The fields sent.dm refused are listed above; double-click one to fix it.</source>
        <translation>Los campos que rechazó sent.dm aparecen arriba; haga doble clic en uno para corregirlo.</translation>
    </message>
    <message>
        <source>Your work is kept as a draft. Submit again to retry: it cannot create the campaign twice.</source>
        <translation>Su trabajo se guarda como borrador. Envíe de nuevo para reintentar: no puede crear la campaña dos veces.</translation>
    </message>
    <message>
        <source>Import a campaign</source>
        <translation>Importar una campaña</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Archivos JSON (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>%1 could not be read as a campaign: %2</source>
        <translation>No se pudo leer %1 como campaña: %2</translation>
    </message>
    <message>
        <source>Imported %1. The pages show it; check them before submitting.</source>
        <translation>Se importó %1. Las páginas lo muestran; revíselas antes de enviar.</translation>
    </message>
    <message>
        <source>Export the campaign</source>
        <translation>Exportar la campaña</translation>
    </message>
    <message>
        <source>campaign.json</source>
        <translation>campana.json</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exportado a %1.</translation>
    </message>
</context>
<context>
    <name>cd::ui::SelectionDetails</name>
    <message>
        <source>Loading</source>
        <translation>Cargando</translation>
    </message>
    <message>
        <source>The campaigns of %1 are on their way.</source>
        <translation>Las campañas de %1 están en camino.</translation>
    </message>
    <message>
        <source>Campaigns not loaded</source>
        <translation>Campañas no cargadas</translation>
    </message>
    <message>
        <source>Press Enter on the row, or double-click it, to try again.</source>
        <translation>Pulse Intro en la fila, o haga doble clic en ella, para reintentar.</translation>
    </message>
    <message>
        <source>Details not available</source>
        <translation>Detalles no disponibles</translation>
    </message>
    <message>
        <source>This item's details could not be read from this computer's copy. Refresh (F5) to fetch them again.</source>
        <translation>No se pudieron leer los detalles de este elemento de la copia de este equipo. Actualice (F5) para obtenerlos de nuevo.</translation>
    </message>
    <message>
        <source>Set up as</source>
        <translation>Configurado como</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Marca</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campañas</translation>
    </message>
    <message>
        <source>Sends under</source>
        <translation>Envía con</translation>
    </message>
    <message>
        <source>No campaign yet</source>
        <translation>Aún sin campaña</translation>
    </message>
</context>
<context>
    <name>cd::ui::SessionBanner</name>
    <message>
        <source>Close this message</source>
        <translation>Cerrar este mensaje</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Enter the key…</source>
        <translation>Introducir la clave…</translation>
    </message>
    <message>
        <source>Until then, the tree shows what was loaded before.</source>
        <translation>Hasta entonces, el árbol muestra lo que se cargó antes.</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>The tree could not be refreshed; it shows what was loaded before.</source>
        <translation>No se pudo actualizar el árbol; muestra lo que se cargó antes.</translation>
    </message>
    <message>
        <source>The organization could not be loaded.</source>
        <translation>No se pudo cargar la organización.</translation>
    </message>
</context>
<context>
    <name>cd::ui::StatusWatch</name>
    <message>
        <source>Check &amp;statuses now</source>
        <translation>Comprobar los &amp;estados ahora</translation>
    </message>
    <message>
        <source>&amp;Notify me of status changes</source>
        <translation>&amp;Avisarme de los cambios de estado</translation>
    </message>
    <message>
        <source>Status checks</source>
        <translation>Comprobaciones de estado</translation>
    </message>
    <message>
        <source>Ask sent.dm now about everything still in review, instead of at the next check</source>
        <translation>Preguntar ahora a sent.dm por todo lo que sigue en revisión, en lugar de esperar a la próxima comprobación</translation>
    </message>
    <message>
        <source>Show a desktop notification when a profile or campaign of this connection changes status</source>
        <translation>Mostrar una notificación de escritorio cuando un perfil o una campaña de esta conexión cambie de estado</translation>
    </message>
    <message>
        <source>Status checks paused: offline</source>
        <translation>Comprobaciones de estado en pausa: sin conexión</translation>
    </message>
    <message>
        <source>They start again by themselves within a minute.</source>
        <translation>Vuelven a empezar solas en menos de un minuto.</translation>
    </message>
    <message numerus="yes">
        <source>Watching %n item(s) in review</source>
        <translation>
            <numerusform>Vigilando %n elemento en revisión</numerusform>
            <numerusform>Vigilando %n elementos en revisión</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing in review</source>
        <translation>Nada en revisión</translation>
    </message>
    <message>
        <source>Items in review are checked now and then, less often the longer they stay the same. Check statuses now: Ctrl+Shift+R.</source>
        <translation>Los elementos en revisión se comprueban de vez en cuando, menos a menudo cuanto más tiempo siguen igual. Comprobar los estados ahora: Ctrl+Mayús+R.</translation>
    </message>
    <message>
        <source>Checking the statuses of everything in review…</source>
        <translation>Comprobando los estados de todo lo que está en revisión…</translation>
    </message>
    <message>
        <source>Profile status changed</source>
        <translation>Cambió el estado de un perfil</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>Campaign status changed</source>
        <translation>Cambió el estado de una campaña</translation>
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
        <translation>Abrir el menú contextual</translation>
    </message>
</context>
<context>
    <name>cd::ui::TreeFilters</name>
    <message>
        <source>Nothing matches the search and filters.</source>
        <translation>Nada coincide con la búsqueda y los filtros.</translation>
    </message>
    <message>
        <source>Search name, id, status, use case…</source>
        <translation>Buscar nombre, id, estado, caso de uso…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtrar</translation>
    </message>
    <message>
        <source>Show &amp;everything</source>
        <translation>Mostrar &amp;todo</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>Needs attention only</source>
        <translation>Solo lo que requiere atención</translation>
    </message>
    <message>
        <source>Use case</source>
        <translation>Caso de uso</translation>
    </message>
    <message>
        <source>Any use case</source>
        <translation>Cualquier caso de uso</translation>
    </message>
    <message>
        <source>Filters in use</source>
        <translation>Filtros activos</translation>
    </message>
    <message>
        <source>Sho&amp;w everything</source>
        <translation>Mostrar t&amp;odo</translation>
    </message>
    <message>
        <source>Clear the search and every filter</source>
        <translation>Borrar la búsqueda y todos los filtros</translation>
    </message>
    <message>
        <source>profiles that are %1</source>
        <translation>perfiles que están en «%1»</translation>
    </message>
    <message>
        <source>campaigns that are %1</source>
        <translation>campañas que están en «%1»</translation>
    </message>
    <message>
        <source>profiles and campaigns that are %1</source>
        <translation>perfiles y campañas que están en «%1»</translation>
    </message>
    <message>
        <source>campaigns for %1</source>
        <translation>campañas de %1</translation>
    </message>
    <message>
        <source>use case “%1”</source>
        <translation>caso de uso «%1»</translation>
    </message>
    <message>
        <source>profiles with brand identity “%1”</source>
        <translation>perfiles con identidad de marca «%1»</translation>
    </message>
    <message>
        <source>what needs attention</source>
        <translation>lo que requiere atención</translation>
    </message>
    <message>
        <source>matching “%1”</source>
        <translation>que coinciden con «%1»</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>Showing only %1.</source>
        <translation>Solo se muestran %1.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Brand and campaigns from</source>
        <translation>Marca y campañas de</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>profiles set up with “%1”</source>
        <translation>perfiles con «%1»</translation>
    </message>
</context>
<context>
    <name>cd::ui::UseCaseBox</name>
    <message>
        <source>Use case %1</source>
        <translation>Caso de uso %1</translation>
    </message>
    <message>
        <source>Use case %1 type</source>
        <translation>Tipo del caso de uso %1</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>Use case %1, sample message %2</source>
        <translation>Caso de uso %1, mensaje de ejemplo %2</translation>
    </message>
    <message>
        <source>The whole message as it arrives, e.g. “%1: Hi {name}, your appointment is on {date}. Reply STOP to opt out.”</source>
        <translation>El mensaje completo tal como llega, p. ej. «%1: Hi {name}, your appointment is on {date}. Reply STOP to opt out.»</translation>
    </message>
    <message>
        <source>Sample %1:</source>
        <translation>Ejemplo %1:</translation>
    </message>
    <message>
        <source>Add a sample</source>
        <translation>Añadir un ejemplo</translation>
    </message>
    <message>
        <source>Remove this use case</source>
        <translation>Quitar este caso de uso</translation>
    </message>
</context>
<context>
    <name>cd::ui::UseCasesPage</name>
    <message>
        <source>Use cases and sample messages</source>
        <translation>Casos de uso y mensajes de ejemplo</translation>
    </message>
    <message>
        <source>Each kind of message the program sends, with 1 to 5 real examples. Write placeholders for what changes, e.g. {name} or {date}; name the brand and say how to opt out.</source>
        <translation>Cada tipo de mensaje que envía el programa, con 1 a 5 ejemplos reales. Escriba marcadores para lo que cambia, p. ej. {name} o {date}; nombre la marca e indique cómo darse de baja.</translation>
    </message>
    <message>
        <source>Add a use case</source>
        <translation>Añadir un caso de uso</translation>
    </message>
</context>
<context>
    <name>cd::ui::WizardSteps</name>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Paso %1 de %2: %3</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Who the API key belongs to.</source>
        <translation>A quién pertenece la clave de API.</translation>
    </message>
    <message>
        <source>The organization's sender profiles with their brand status.</source>
        <translation>Los perfiles de remitente de la organización con el estado de su marca.</translation>
    </message>
    <message>
        <source>One profile and its brand in detail.</source>
        <translation>Un perfil y su marca en detalle.</translation>
    </message>
    <message>
        <source>Create a child profile from FILE (name, short_name, description, inheritance, brand…). --sandbox validates only.</source>
        <translation>Crear un perfil hijo a partir de FILE (name, short_name, description, herencia, marca…). --sandbox solo valida.</translation>
    </message>
    <message>
        <source>Change a profile: only the fields FILE has (a brand submitted to TCR cannot change).</source>
        <translation>Cambiar un perfil: solo los campos que tiene FILE (una marca enviada a TCR no puede cambiar).</translation>
    </message>
    <message>
        <source>Delete a profile; its phone numbers are released.</source>
        <translation>Eliminar un perfil; se liberan sus números de teléfono.</translation>
    </message>
    <message>
        <source>A profile's campaigns (inherited ones included).</source>
        <translation>Las campañas de un perfil (incluidas las heredadas).</translation>
    </message>
    <message>
        <source>The whole organization: profiles, brands and campaigns.</source>
        <translation>Toda la organización: perfiles, marcas y campañas.</translation>
    </message>
    <message>
        <source>Create a campaign from FILE (the API's campaign object). --sandbox validates only.</source>
        <translation>Crear una campaña a partir de FILE (el objeto campaign de la API). --sandbox solo valida.</translation>
    </message>
    <message>
        <source>Replace a campaign with FILE (refused once it was submitted to TCR).</source>
        <translation>Sustituir una campaña por FILE (se rechaza una vez enviada a TCR).</translation>
    </message>
    <message>
        <source>Delete a campaign.</source>
        <translation>Eliminar una campaña.</translation>
    </message>
    <message>
        <source>Watch what is in flight (profiles in review, campaigns waiting for the registry) and print each status change. --until-settled ends once nothing is in flight.</source>
        <translation>Vigilar lo que está en curso (perfiles en revisión, campañas que esperan al registro) e imprimir cada cambio de estado. --until-settled termina cuando ya no hay nada en curso.</translation>
    </message>
    <message>
        <source>The local history of the connection's items (of one profile or campaign with ID): status changes seen, changes made with their request ids, warnings acknowledged. --verify checks against the history's seal in the keychain that no entry was changed, removed or forged and the file was not emptied or replaced (exit 1 if it was; 7 if the file, 5 if the keychain cannot be used now); --diff compares what two submissions sent, field by field.</source>
        <translation>El historial local de los elementos de la conexión (de un perfil o una campaña con ID): cambios de estado vistos, cambios hechos con sus id de solicitud, advertencias aceptadas. --verify comprueba con el sello del historial en el llavero que ninguna entrada se cambió, eliminó o falsificó y que el archivo no se vació ni se sustituyó (sale con 1 si ocurrió; 7 si no se puede usar ahora el archivo, 5 si no se puede usar el llavero); --diff compara campo a campo lo que enviaron dos envíos.</translation>
    </message>
    <message>
        <source>The compliance report of the organization (of one profile or campaign with ID): statuses, brand facts, campaigns with use cases and samples, the linter's findings and the timeline. CSV has one row per campaign (and per profile without campaigns), profile_id first; PDF is for people.</source>
        <translation>El informe de cumplimiento de la organización (de un perfil o una campaña con ID): estados, datos de la marca, campañas con casos de uso y ejemplos, los hallazgos del verificador y la cronología. El CSV tiene una fila por campaña (y por perfil sin campañas), con profile_id primero; el PDF es para personas.</translation>
    </message>
    <message>
        <source>Check a campaign (the API's campaign object) against the registry's rules before submitting it. --profile also checks it against that profile's brand and settings. Exits 1 when it has errors.</source>
        <translation>Comprobar una campaña (el objeto campaign de la API) con las reglas del registro antes de enviarla. --profile también la comprueba con la marca y la configuración de ese perfil. Sale con 1 cuando tiene errores.</translation>
    </message>
    <message>
        <source>Start the profile's completion; sent.dm calls URL once when it finishes.</source>
        <translation>Iniciar la finalización del perfil; sent.dm llama a URL una vez cuando termina.</translation>
    </message>
    <message>
        <source>Saved connections. add reads the key from standard input, checks it and keeps it in the system keychain.</source>
        <translation>Conexiones guardadas. add lee la clave de la entrada estándar, la comprueba y la guarda en el llavero del sistema.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Órdenes:</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>Entorno:</translation>
    </message>
    <message>
        <source>  SENT_DM_API_KEY   the API key (never pass it on the command line); without it and without</source>
        <translation>  SENT_DM_API_KEY   la clave de API (nunca la pase en la línea de órdenes); sin ella y sin</translation>
    </message>
    <message>
        <source>                    --connection, the current saved connection is used</source>
        <translation>                    --connection, se usa la conexión guardada actual</translation>
    </message>
    <message>
        <source>  SENT_BASE_URL     the API's address when --base-url is not given</source>
        <translation>  SENT_BASE_URL     la dirección de la API cuando no se indica --base-url</translation>
    </message>
    <message>
        <source>Exit codes:</source>
        <translation>Códigos de salida:</translation>
    </message>
    <message>
        <source>  0  done</source>
        <translation>  0  hecho</translation>
    </message>
    <message>
        <source>  1  sent.dm refused the request (validation, not found, conflict); lint found errors; history --verify found the history not intact</source>
        <translation>  1  sent.dm rechazó la solicitud (validación, no encontrado, conflicto); lint encontró errores; history --verify encontró el historial alterado</translation>
    </message>
    <message>
        <source>  2  usage: bad arguments, unreadable file, no API key</source>
        <translation>  2  uso: argumentos incorrectos, archivo ilegible, sin clave de API</translation>
    </message>
    <message>
        <source>  3  could not connect or authenticate (network, TLS, timeout, key refused)</source>
        <translation>  3  no se pudo conectar o autenticar (red, TLS, tiempo agotado, clave rechazada)</translation>
    </message>
    <message>
        <source>  4  sent.dm failed (server error, rate limit, unreadable answer, partial results)</source>
        <translation>  4  sent.dm falló (error del servidor, límite de solicitudes, respuesta ilegible, resultados parciales)</translation>
    </message>
    <message>
        <source>  5  the system keychain could not be used</source>
        <translation>  5  no se pudo usar el llavero del sistema</translation>
    </message>
    <message>
        <source>  6  watch --until-settled: the --timeout came first</source>
        <translation>  6  watch --until-settled: llegó antes el --timeout</translation>
    </message>
    <message>
        <source>  7  done on sent.dm, but the local history could not be written</source>
        <translation>  7  hecho en sent.dm, pero no se pudo escribir el historial local</translation>
    </message>
    <message>
        <source>Compliance Desk without a window: sent.dm profiles, brands and campaigns from the command line.</source>
        <translation>Compliance Desk sin ventana: perfiles, marcas y campañas de sent.dm desde la línea de órdenes.</translation>
    </message>
    <message>
        <source>The API's address (default https://api.sent.dm).</source>
        <translation>La dirección de la API (por defecto https://api.sent.dm).</translation>
    </message>
    <message>
        <source>Use this saved connection (its address, and its key from the keychain).</source>
        <translation>Usar esta conexión guardada (su dirección, y su clave del llavero).</translation>
    </message>
    <message>
        <source>Print JSON for machines instead of tables.</source>
        <translation>Imprimir JSON para máquinas en lugar de tablas.</translation>
    </message>
    <message>
        <source>No progress or notes on stderr.</source>
        <translation>Sin progreso ni notas en stderr.</translation>
    </message>
    <message>
        <source>Log every request on stderr (API keys redacted).</source>
        <translation>Registrar cada solicitud en stderr (con las claves de API ocultas).</translation>
    </message>
    <message>
        <source>Changes: validate only; sent.dm stores nothing.</source>
        <translation>Cambios: solo validar; sent.dm no guarda nada.</translation>
    </message>
    <message>
        <source>complete: the URL sent.dm calls when done.</source>
        <translation>complete: la URL a la que llama sent.dm al terminar.</translation>
    </message>
    <message>
        <source>watch: end once nothing is in flight.</source>
        <translation>watch: terminar cuando no haya nada en curso.</translation>
    </message>
    <message>
        <source>watch: stop after this many seconds.</source>
        <translation>watch: parar después de estos segundos.</translation>
    </message>
    <message>
        <source>watch: ask about each item this often at first (default 30; it grows while nothing moves).</source>
        <translation>watch: preguntar por cada elemento con esta frecuencia al principio (por defecto 30; crece mientras nada se mueve).</translation>
    </message>
    <message>
        <source>history: check the history's chain of hashes.</source>
        <translation>history: comprobar la cadena de hashes del historial.</translation>
    </message>
    <message>
        <source>history: compare what two entries sent.</source>
        <translation>history: comparar lo que enviaron dos entradas.</translation>
    </message>
    <message>
        <source>report: the file to write (- for the CSV on standard output).</source>
        <translation>report: el archivo que escribir (- para el CSV en la salida estándar).</translation>
    </message>
    <message>
        <source>report: pdf or csv (default: from --out's name).</source>
        <translation>report: pdf o csv (por defecto: según el nombre de --out).</translation>
    </message>
    <message>
        <source>lint: the profile the campaign is for.</source>
        <translation>lint: el perfil al que pertenece la campaña.</translation>
    </message>
    <message>
        <source>Changes: send with this key (by default, the same change run again within 23 hours reuses the key it went out with, so sent.dm never makes it twice).</source>
        <translation>Cambios: enviar con esta clave (por defecto, el mismo cambio repetido en menos de 23 horas reutiliza la clave con la que salió, para que sent.dm nunca lo haga dos veces).</translation>
    </message>
    <message>
        <source>Changes: make this change again even if the same one was made within the last 23 hours (a fresh idempotency key).</source>
        <translation>Cambios: hacer este cambio de nuevo aunque el mismo se hiciera en las últimas 23 horas (una clave de idempotencia nueva).</translation>
    </message>
    <message>
        <source>What to do (see Commands).</source>
        <translation>Qué hacer (véase Órdenes).</translation>
    </message>
    <message>
        <source>Unknown command: %1. See --help.</source>
        <translation>Orden desconocida: %1. Véase --help.</translation>
    </message>
    <message>
        <source>Usage: compliance-desk-cli %1 %2</source>
        <translation>Uso: compliance-desk-cli %1 %2</translation>
    </message>
    <message>
        <source>--idempotency-key takes 1 to 255 letters, digits, “-” and “_”.</source>
        <translation>--idempotency-key admite de 1 a 255 letras, dígitos, «-» y «_».</translation>
    </message>
    <message>
        <source>Sandbox: sent.dm accepted the campaign; nothing was stored.</source>
        <translation>Sandbox: sent.dm aceptó la campaña; no se guardó nada.</translation>
    </message>
    <message>
        <source>(The request had already been carried out; this is its original answer, request %1.)</source>
        <translation>(La solicitud ya se había llevado a cabo; esta es su respuesta original, solicitud %1.)</translation>
    </message>
    <message>
        <source>This profile has no campaigns yet.</source>
        <translation>Este perfil aún no tiene campañas.</translation>
    </message>
    <message numerus="yes">
        <source>%n campaign(s).</source>
        <translation>
            <numerusform>%n campaña.</numerusform>
            <numerusform>%n campañas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Created campaign %1.</source>
        <translation>Campaña %1 creada.</translation>
    </message>
    <message>
        <source>Updated campaign %1.</source>
        <translation>Campaña %1 actualizada.</translation>
    </message>
    <message>
        <source>Sandbox: the campaign could be deleted; nothing was changed.</source>
        <translation>Sandbox: la campaña se podría eliminar; no se cambió nada.</translation>
    </message>
    <message>
        <source>Deleted campaign %1.</source>
        <translation>Campaña %1 eliminada.</translation>
    </message>
    <message>
        <source>There is no connection named “%1”. See: compliance-desk-cli connections list</source>
        <translation>No hay ninguna conexión llamada «%1». Véase: compliance-desk-cli connections list</translation>
    </message>
    <message>
        <source>No connection: name one with --connection, or set SENT_DM_API_KEY (and SENT_BASE_URL).</source>
        <translation>Sin conexión: indique una con --connection, o defina SENT_DM_API_KEY (y SENT_BASE_URL).</translation>
    </message>
    <message>
        <source>--connection and --base-url cannot be used together: the connection has its address.</source>
        <translation>--connection y --base-url no se pueden usar juntas: la conexión tiene su dirección.</translation>
    </message>
    <message>
        <source>No API key. Set SENT_DM_API_KEY to the organization's API key (the sent.dm dashboard, Settings → API Keys), or save one with: compliance-desk-cli connections add NAME</source>
        <translation>Sin clave de API. Defina SENT_DM_API_KEY con la clave de API de la organización (panel de sent.dm, Settings → API Keys), o guarde una con: compliance-desk-cli connections add NOMBRE</translation>
    </message>
    <message>
        <source>--base-url needs SENT_DM_API_KEY; the saved connection “%1” has its own address.</source>
        <translation>--base-url necesita SENT_DM_API_KEY; la conexión guardada «%1» tiene su propia dirección.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>%1 requests, %2 retried, %3 rate-limited (429) answers.</source>
        <translation>%1 solicitudes, %2 reintentadas, %3 respuestas con límite de solicitudes (429).</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Code: %1 (HTTP %2) on %3</source>
        <translation>Código: %1 (HTTP %2) en %3</translation>
    </message>
    <message numerus="yes">
        <source>Gave up after %n attempt(s).</source>
        <translation>
            <numerusform>Abandonado tras %n intento.</numerusform>
            <numerusform>Abandonado tras %n intentos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The same change was sent at %1: it goes out again with the same idempotency key (%2), so sent.dm carries it out at most once. To make it a second time, use --new.</source>
        <translation>El mismo cambio se envió a las %1: sale de nuevo con la misma clave de idempotencia (%2), así que sent.dm lo realiza como mucho una vez. Para hacerlo una segunda vez, use --new.</translation>
    </message>
    <message>
        <source>The change may have been made: its answer did not arrive intact. Run the same command again to find out without making it twice (it reuses idempotency key %1 for 23 hours); --new makes it again.</source>
        <translation>Puede que el cambio se haya hecho: su respuesta no llegó intacta. Ejecute la misma orden de nuevo para averiguarlo sin hacerlo dos veces (reutiliza la clave de idempotencia %1 durante 23 horas); --new lo hace de nuevo.</translation>
    </message>
    <message>
        <source>The history's seal could not be kept in the system keychain (%1): what was recorded is in the history, but its check cannot vouch for it against a rewrite.</source>
        <translation>No se pudo guardar el sello del historial en el llavero del sistema (%1): lo registrado está en el historial, pero su comprobación no puede garantizarlo frente a una reescritura.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2 (at byte %3).</source>
        <translation>%1 no es JSON válido: %2 (en el byte %3).</translation>
    </message>
    <message>
        <source>%1 must hold a JSON object: %2</source>
        <translation>%1 debe contener un objeto JSON: %2</translation>
    </message>
    <message>
        <source>the campaign as the API's “campaign” field has it.</source>
        <translation>la campaña tal como la tiene el campo «campaign» de la API.</translation>
    </message>
    <message>
        <source>Note: %1 ignores fields a campaign request does not have: %2</source>
        <translation>Nota: %1 ignora campos que una solicitud de campaña no tiene: %2</translation>
    </message>
    <message>
        <source>API key (not shown): </source>
        <translation>Clave de API (no se muestra): </translation>
    </message>
    <message>
        <source>Usage: compliance-desk-cli connections add NAME [--base-url URL] &lt; key</source>
        <translation>Uso: compliance-desk-cli connections add NOMBRE [--base-url URL] &lt; clave</translation>
    </message>
    <message>
        <source>No API key on standard input.</source>
        <translation>No hay clave de API en la entrada estándar.</translation>
    </message>
    <message>
        <source>Checking the key with %1…</source>
        <translation>Comprobando la clave con %1…</translation>
    </message>
    <message>
        <source>Saved connection “%1”: %2 “%3”. The key is in the system keychain; it is now the current connection.</source>
        <translation>Conexión guardada «%1»: %2 «%3». La clave está en el llavero del sistema; ahora es la conexión actual.</translation>
    </message>
    <message>
        <source>No saved connections. Add one with: compliance-desk-cli connections add NAME</source>
        <translation>No hay conexiones guardadas. Añada una con: compliance-desk-cli connections add NOMBRE</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>DIRECCIÓN</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>CLAVE</translation>
    </message>
    <message>
        <source>ACCOUNT</source>
        <translation>CUENTA</translation>
    </message>
    <message>
        <source>There is no connection named “%1”.</source>
        <translation>No hay ninguna conexión llamada «%1».</translation>
    </message>
    <message>
        <source>Removed connection “%1” and its key.</source>
        <translation>Se quitó la conexión «%1» y su clave.</translation>
    </message>
    <message>
        <source>“%1” is now the current connection.</source>
        <translation>«%1» es ahora la conexión actual.</translation>
    </message>
    <message>
        <source>Usage: compliance-desk-cli connections list | add NAME [--base-url URL] | remove NAME | use NAME</source>
        <translation>Uso: compliance-desk-cli connections list | add NOMBRE [--base-url URL] | remove NOMBRE | use NOMBRE</translation>
    </message>
    <message>
        <source>--diff takes two entry numbers, e.g. --diff 12,31 (see the history's first column).</source>
        <translation>--diff admite dos números de entrada, p. ej. --diff 12,31 (véase la primera columna del historial).</translation>
    </message>
    <message>
        <source>There is no entry %1 here.</source>
        <translation>Aquí no hay ninguna entrada %1.</translation>
    </message>
    <message>
        <source>Entry %1 is not a submission: only changes sent to sent.dm can be compared.</source>
        <translation>La entrada %1 no es un envío: solo se pueden comparar cambios enviados a sent.dm.</translation>
    </message>
    <message>
        <source>Entries %1 and %2 sent the same fields.</source>
        <translation>Las entradas %1 y %2 enviaron los mismos campos.</translation>
    </message>
    <message>
        <source>From entry %1 (%2) to entry %3 (%4):</source>
        <translation>De la entrada %1 (%2) a la entrada %3 (%4):</translation>
    </message>
    <message numerus="yes">
        <source>The history is intact: %n entry(s) checked.</source>
        <translation>
            <numerusform>El historial está intacto: %n entrada comprobada.</numerusform>
            <numerusform>El historial está intacto: %n entradas comprobadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>The history could not be checked: %1</source>
        <translation>No se pudo comprobar el historial: %1</translation>
    </message>
    <message>
        <source>The history is not intact: %1</source>
        <translation>El historial no está intacto: %1</translation>
    </message>
    <message>
        <source>No history yet for this connection.</source>
        <translation>Aún no hay historial para esta conexión.</translation>
    </message>
    <message>
        <source>No history yet for %1.</source>
        <translation>Aún no hay historial para %1.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>ID de solicitud</translation>
    </message>
    <message>
        <source>(the campaign)</source>
        <translation>(la campaña)</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Solución: %1</translation>
    </message>
    <message>
        <source>Predicted rejection: %1</source>
        <translation>Rechazo previsto: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n error(s), </source>
        <translation>
            <numerusform>%1: %n error, </numerusform>
            <numerusform>%1: %n errores, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s), </source>
        <translation>
            <numerusform>%n advertencia, </numerusform>
            <numerusform>%n advertencias, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n nota</numerusform>
            <numerusform>%n notas</numerusform>
        </translation>
    </message>
    <message>
        <source> (rules %1)</source>
        <translation> (reglas %1)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>SHORT NAME</source>
        <translation>NOMBRE CORTO</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>ESTADO</translation>
    </message>
    <message>
        <source>BRAND</source>
        <translation>MARCA</translation>
    </message>
    <message>
        <source>UPDATED</source>
        <translation>ACTUALIZADO</translation>
    </message>
    <message>
        <source>inherited</source>
        <translation>heredada</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>%1 (inherited)</source>
        <translation>%1 (heredada)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Nombre corto</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Billing model</source>
        <translation>Modelo de facturación</translation>
    </message>
    <message>
        <source>Billing contact</source>
        <translation>Contacto de facturación</translation>
    </message>
    <message>
        <source>Inherits brand</source>
        <translation>Hereda la marca</translation>
    </message>
    <message>
        <source>Inherits campaigns</source>
        <translation>Hereda las campañas</translation>
    </message>
    <message>
        <source>SMS number</source>
        <translation>Número de SMS</translation>
    </message>
    <message>
        <source>WhatsApp number</source>
        <translation>Número de WhatsApp</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <source>Brand (inherited from the organization)</source>
        <translation>Marca (heredada de la organización)</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Marca</translation>
    </message>
    <message>
        <source>Brand status</source>
        <translation>Estado de la marca</translation>
    </message>
    <message>
        <source>Identity status</source>
        <translation>Estado de identidad</translation>
    </message>
    <message>
        <source>Submitted to TCR</source>
        <translation>Enviada a TCR</translation>
    </message>
    <message>
        <source>TCR brand ID</source>
        <translation>ID de marca TCR</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Razón social</translation>
    </message>
    <message>
        <source>Entity type</source>
        <translation>Tipo de entidad</translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation>NIF / ID fiscal</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relación</translation>
    </message>
    <message>
        <source>Vertical</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>TCR application</source>
        <translation>Solicitud TCR</translation>
    </message>
    <message>
        <source>Main country</source>
        <translation>País principal</translation>
    </message>
    <message>
        <source>Brand: the organization's (inherited)</source>
        <translation>Marca: la de la organización (heredada)</translation>
    </message>
    <message>
        <source>Brand: none yet</source>
        <translation>Marca: ninguna todavía</translation>
    </message>
    <message>
        <source>USE CASES</source>
        <translation>CASOS DE USO</translation>
    </message>
    <message>
        <source>TCR ID</source>
        <translation>ID TCR</translation>
    </message>
    <message>
        <source>INHERITED</source>
        <translation>HEREDADA</translation>
    </message>
    <message>
        <source>“%1” (%2), id %3</source>
        <translation>«%1» (%2), id %3</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>configured</source>
        <translation>configurado</translation>
    </message>
    <message>
        <source>not configured</source>
        <translation>sin configurar</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Perfiles</translation>
    </message>
    <message>
        <source>Reading profiles:</source>
        <translation>Leyendo perfiles:</translation>
    </message>
    <message>
        <source>This organization has no sender profiles yet.</source>
        <translation>Esta organización aún no tiene perfiles de remitente.</translation>
    </message>
    <message numerus="yes">
        <source>%n profile(s).</source>
        <translation>
            <numerusform>%n perfil.</numerusform>
            <numerusform>%n perfiles.</numerusform>
        </translation>
    </message>
    <message>
        <source>complete needs --webhook URL: sent.dm calls it once when the profile's setup finishes.</source>
        <translation>complete necesita --webhook URL: sent.dm la llama una vez cuando termina la configuración del perfil.</translation>
    </message>
    <message>
        <source>--webhook must be an http or https URL, not “%1”.</source>
        <translation>--webhook debe ser una URL http o https, no «%1».</translation>
    </message>
    <message>
        <source>Sandbox: the prerequisites pass; nothing was started.</source>
        <translation>Sandbox: los requisitos se cumplen; no se inició nada.</translation>
    </message>
    <message>
        <source>Completion of profile %1 started. sent.dm calls %2 once when it finishes; the callback may not reach you, so check with: compliance-desk-cli profile %1</source>
        <translation>Se inició la finalización del perfil %1. sent.dm llama a %2 una vez cuando termina; puede que la llamada no le llegue, así que compruébelo con: compliance-desk-cli profile %1</translation>
    </message>
    <message>
        <source>Nothing to start: %1 (status: %2).</source>
        <translation>Nada que iniciar: %1 (estado: %2).</translation>
    </message>
    <message>
        <source>the profile is already complete</source>
        <translation>el perfil ya está completo</translation>
    </message>
    <message>
        <source>Sandbox: sent.dm accepted the profile; nothing was stored.</source>
        <translation>Sandbox: sent.dm aceptó el perfil; no se guardó nada.</translation>
    </message>
    <message>
        <source>the profile as the API takes it (name, short_name, description, brand, …).</source>
        <translation>el perfil tal como lo acepta la API (name, short_name, description, brand, …).</translation>
    </message>
    <message>
        <source>%1 breaks the API's field rules; nothing was sent:</source>
        <translation>%1 incumple las reglas de campos de la API; no se envió nada:</translation>
    </message>
    <message>
        <source>Created profile “%1” (%2).</source>
        <translation>Perfil «%1» creado (%2).</translation>
    </message>
    <message>
        <source>Updated profile “%1” (%2).</source>
        <translation>Perfil «%1» actualizado (%2).</translation>
    </message>
    <message>
        <source>Sandbox: the profile could be deleted; nothing was changed.</source>
        <translation>Sandbox: el perfil se podría eliminar; no se cambió nada.</translation>
    </message>
    <message>
        <source>Deleted profile %1. Its phone numbers are released and its own WhatsApp account deregistered.</source>
        <translation>Perfil %1 eliminado. Se liberan sus números de teléfono y se da de baja su propia cuenta de WhatsApp.</translation>
    </message>
    <message>
        <source>report needs --out FILE (a .pdf or .csv file).</source>
        <translation>report necesita --out ARCHIVO (un archivo .pdf o .csv).</translation>
    </message>
    <message>
        <source>Only the CSV report can go to standard output (--out -); a PDF needs a file.</source>
        <translation>Solo el informe CSV puede ir a la salida estándar (--out -); un PDF necesita un archivo.</translation>
    </message>
    <message>
        <source>--format is pdf or csv (or name the --out file .pdf or .csv).</source>
        <translation>--format es pdf o csv (o nombre el archivo de --out con .pdf o .csv).</translation>
    </message>
    <message>
        <source>Loading campaigns:</source>
        <translation>Cargando campañas:</translation>
    </message>
    <message>
        <source>Writing pages:</source>
        <translation>Escribiendo páginas:</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n profile(s)</source>
        <translation>
            <numerusform>%1: %n perfil</numerusform>
            <numerusform>%1: %n perfiles</numerusform>
        </translation>
    </message>
    <message>
        <source>standard output</source>
        <translation>salida estándar</translation>
    </message>
    <message numerus="yes">
        <source>, %n campaign(s).</source>
        <translation>
            <numerusform>, %n campaña.</numerusform>
            <numerusform>, %n campañas.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 “%2” (%3)</source>
        <translation>%1 «%2» (%3)</translation>
    </message>
    <message>
        <source>%1 [%2] brand: %3 (%4)</source>
        <translation>%1 [%2] marca: %3 (%4)</translation>
    </message>
    <message>
        <source>campaigns could not be loaded: %1</source>
        <translation>no se pudieron cargar las campañas: %1</translation>
    </message>
    <message>
        <source>%1 [%2] %3%4 (%5)</source>
        <translation>%1 [%2] %3%4 (%5)</translation>
    </message>
    <message>
        <source>, inherited</source>
        <translation>, heredada</translation>
    </message>
    <message>
        <source>%1 profiles, %2 campaigns.</source>
        <translation>%1 perfiles, %2 campañas.</translation>
    </message>
    <message numerus="yes">
        <source>The campaigns of %n profile(s) could not be loaded.</source>
        <translation>
            <numerusform>No se pudieron cargar las campañas de %n perfil.</numerusform>
            <numerusform>No se pudieron cargar las campañas de %n perfiles.</numerusform>
        </translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds.</source>
        <translation>--timeout admite un número de segundos.</translation>
    </message>
    <message>
        <source>--interval takes a number of seconds, at least 0.1.</source>
        <translation>--interval admite un número de segundos, al menos 0,1.</translation>
    </message>
    <message>
        <source>%1  profile %2 “%3”: %4 → %5</source>
        <translation>%1  perfil %2 «%3»: %4 → %5</translation>
    </message>
    <message>
        <source>sync error: %1</source>
        <translation>error de sincronización: %1</translation>
    </message>
    <message>
        <source>%1  campaign %2 “%3”: %4 → %5</source>
        <translation>%1  campaña %2 «%3»: %4 → %5</translation>
    </message>
    <message>
        <source>Waiting: %1</source>
        <translation>Esperando: %1</translation>
    </message>
    <message numerus="yes">
        <source>Stopped after --timeout; %n item(s) still in flight.</source>
        <translation>
            <numerusform>Detenido tras --timeout; %n elemento sigue en curso.</numerusform>
            <numerusform>Detenido tras --timeout; %n elementos siguen en curso.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Watching %n item(s) in flight.</source>
        <translation>
            <numerusform>Vigilando %n elemento en curso.</numerusform>
            <numerusform>Vigilando %n elementos en curso.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is in flight any more.</source>
        <translation>Ya no hay nada en curso.</translation>
    </message>
    <message>
        <source>Reading the organization…</source>
        <translation>Leyendo la organización…</translation>
    </message>
    <message>
        <source>Indent the JSON (it is indented on a terminal, compact otherwise).</source>
        <translation>Sangrar el JSON (se sangra en un terminal y se escribe compacto en los demás casos).</translation>
    </message>
    <message>
        <source>Work on many profiles at once. The plan is printed first (what is left out and why; warnings go unless --strict; errors never do), then the job's id, then a line per item as it ends. TEMPLATE.json may use {{profile_name}}, {{brand_name}}, {{contact_phone}}, {{contact_email}} and {{website}}; IDS has one profile id a line (- for standard input); CHANGES.csv has a profile_id column and the fields to change. --dry-run sends every item with "sandbox": true: sent.dm's verdict, nothing made. A job cut short (a crash, a kill, the network) is finished by resume, each item under its own key. Exits 0 when every item is done, 1 when some were refused or held back, 4 when some failed.</source>
        <translation>Trabajar con muchos perfiles a la vez. Primero se muestra el plan (qué se omite y por qué; los elementos con advertencias se envían salvo con --strict; los que tienen errores nunca), luego el identificador del trabajo y después una línea por elemento a medida que termina. TEMPLATE.json puede usar {{profile_name}}, {{brand_name}}, {{contact_phone}}, {{contact_email}} y {{website}}; IDS tiene un identificador de perfil por línea (- para la entrada estándar); CHANGES.csv tiene una columna profile_id y los campos que se cambian. --dry-run envía cada elemento con "sandbox": true: el veredicto de sent.dm, sin crear nada. Un trabajo interrumpido (un fallo, un kill, la red) se termina con resume, cada elemento con su propia clave. Sale con 0 si todos los elementos se hicieron, con 1 si se rechazaron o retuvieron algunos, con 4 si algunos fallaron.</translation>
    </message>
    <message>
        <source>Create profiles (with their brand) from a CSV file: columns matched to fields by their headers (or by MAP.json: {"field": "header"}), each row checked, rows that repeat a profile's name or short name left out; then a bulk job, as bulk prints it.</source>
        <translation>Crear perfiles (con su marca) a partir de un archivo CSV: las columnas se asignan a los campos por su encabezado (o con MAP.json: {"campo": "encabezado"}), se comprueba cada fila, se omiten las filas que repiten el nombre o el nombre corto de un perfil; después, un trabajo masivo, tal como lo muestra bulk.</translation>
    </message>
    <message>
        <source>bulk: the profiles, one id a line (- for standard input).</source>
        <translation>bulk: los perfiles, un identificador por línea (- para la entrada estándar).</translation>
    </message>
    <message>
        <source>bulk, import-profiles: which column holds which field (JSON).</source>
        <translation>bulk, import-profiles: qué columna contiene cada campo (JSON).</translation>
    </message>
    <message>
        <source>bulk, import-profiles: sent.dm's verdict on every item; nothing made.</source>
        <translation>bulk, import-profiles: el veredicto de sent.dm sobre cada elemento; no se crea nada.</translation>
    </message>
    <message>
        <source>bulk, import-profiles: hold back the items with warnings too.</source>
        <translation>bulk, import-profiles: retener también los elementos con advertencias.</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>aceptado</translation>
    </message>
    <message>
        <source>done</source>
        <translation>hecho</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>rechazado</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en espera</translation>
    </message>
    <message>
        <source>request %1</source>
        <translation>solicitud %1</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Elementos</translation>
    </message>
    <message numerus="yes">
        <source>Dry run %1: %n item(s), sent with "sandbox": true; nothing will be made.</source>
        <translation>
            <numerusform>Prueba %1: %n elemento, enviado con "sandbox": true; no se creará nada.</numerusform>
            <numerusform>Prueba %1: %n elementos, enviados con "sandbox": true; no se creará nada.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Job %1: %n item(s).</source>
        <translation>
            <numerusform>Trabajo %1: %n elemento.</numerusform>
            <numerusform>Trabajo %1: %n elementos.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 done, %3 refused, %4 failed.</source>
        <translation>%1 de %2 hechos, %3 rechazados, %4 fallidos.</translation>
    </message>
    <message>
        <source>Run “compliance-desk-cli bulk resume %1” to send what is left again (each item under its own key: nothing is made twice).</source>
        <translation>Ejecute «compliance-desk-cli bulk resume %1» para volver a enviar lo que falta (cada elemento con su propia clave: nada se crea dos veces).</translation>
    </message>
    <message>
        <source>left out  %1 — %2</source>
        <translation>omitido    %1 — %2</translation>
    </message>
    <message>
        <source>warning   %1 — %2 %3</source>
        <translation>advertencia %1 — %2 %3</translation>
    </message>
    <message>
        <source>%1 %2 — %3</source>
        <translation>%1 %2 — %3</translation>
    </message>
    <message>
        <source>error    </source>
        <translation>error     </translation>
    </message>
    <message>
        <source>left out </source>
        <translation>omitido   </translation>
    </message>
    <message>
        <source>Plan: %1 ready, %2 with warnings%3, %4 with errors (held back), %5 left out.</source>
        <translation>Plan: %1 listos, %2 con advertencias%3, %4 con errores (retenidos), %5 omitidos.</translation>
    </message>
    <message>
        <source> (they go; --strict holds them back)</source>
        <translation> (se envían; --strict los retiene)</translation>
    </message>
    <message>
        <source> (held back)</source>
        <translation> (retenidos)</translation>
    </message>
    <message>
        <source>Nothing to send.</source>
        <translation>No hay nada que enviar.</translation>
    </message>
    <message>
        <source>bulk create-campaign needs --profiles FILE (one profile id a line; - for standard input).</source>
        <translation>bulk create-campaign necesita --profiles ARCHIVO (un identificador de perfil por línea; - para la entrada estándar).</translation>
    </message>
    <message>
        <source>Profiles read</source>
        <translation>Perfiles leídos</translation>
    </message>
    <message>
        <source>Apply the campaign “%1”</source>
        <translation>Aplicar la campaña «%1»</translation>
    </message>
    <message>
        <source>bulk complete needs --profiles FILE and --webhook URL.</source>
        <translation>bulk complete necesita --profiles ARCHIVO y --webhook URL.</translation>
    </message>
    <message numerus="yes">
        <source>Complete the setup of %n profile(s)</source>
        <translation>
            <numerusform>Completar la configuración de %n perfil</numerusform>
            <numerusform>Completar la configuración de %n perfiles</numerusform>
        </translation>
    </message>
    <message>
        <source>field → column header, e.g. {"name": "Location"}.</source>
        <translation>campo → encabezado de columna, p. ej. {"name": "Sucursal"}.</translation>
    </message>
    <message>
        <source>The file has no column %1 named in %2.</source>
        <translation>El archivo no tiene la columna %1 indicada en %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 needs a profile_id column.</source>
        <translation>%1 necesita una columna profile_id.</translation>
    </message>
    <message numerus="yes">
        <source>Change %n profile(s)</source>
        <translation>
            <numerusform>Cambiar %n perfil</numerusform>
            <numerusform>Cambiar %n perfiles</numerusform>
        </translation>
    </message>
    <message>
        <source>No bulk jobs for this account on this computer.</source>
        <translation>No hay trabajos masivos de esta cuenta en este equipo.</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Trabajo</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Iniciado</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hechos</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Rechazados</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallidos</translation>
    </message>
    <message>
        <source>%1 (dry run)</source>
        <translation>%1 (prueba)</translation>
    </message>
    <message>
        <source>There is no job %1 for this account on this computer.</source>
        <translation>No hay ningún trabajo %1 de esta cuenta en este equipo.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>bulk takes one of: %1.</source>
        <translation>bulk admite uno de: %1.</translation>
    </message>
    <message>
        <source>bulk %1 needs one more argument.</source>
        <translation>bulk %1 necesita un argumento más.</translation>
    </message>
    <message>
        <source>bulk %1 takes no more arguments.</source>
        <translation>bulk %1 no admite más argumentos.</translation>
    </message>
    <message>
        <source>Columns not used: %1 (--mapping names the field of each).</source>
        <translation>Columnas sin usar: %1 (--mapping indica el campo de cada una).</translation>
    </message>
    <message>
        <source>Profiles are created with the organization's key, not a profile's.</source>
        <translation>Los perfiles se crean con la clave de la organización, no con la de un perfil.</translation>
    </message>
    <message numerus="yes">
        <source>Import %n profile(s)</source>
        <translation>
            <numerusform>Importar %n perfil</numerusform>
            <numerusform>Importar %n perfiles</numerusform>
        </translation>
    </message>
    <message>
        <source>Who uses the organization's brand and campaigns, and the profiles grouped by where their brand and campaigns come from (own, the organization's, missing).</source>
        <translation>Quién usa la marca y las campañas de la organización, y los perfiles agrupados según de dónde vienen su marca y sus campañas (propias, de la organización, faltan).</translation>
    </message>
    <message numerus="yes">
        <source>The organization's brand: %1, used by %n profile(s)</source>
        <translation>
            <numerusform>Marca de la organización: %1, usada por %n perfil</numerusform><numerusform>Marca de la organización: %1, usada por %n perfiles</numerusform></translation>
    </message>
    <message>
        <source>not reported yet</source>
        <translation>aún sin informar</translation>
    </message>
    <message>
        <source>No profile uses the organization's brand.</source>
        <translation>Ningún perfil usa la marca de la organización.</translation>
    </message>
    <message>
        <source>No profile uses a campaign of the organization's.</source>
        <translation>Ningún perfil usa una campaña de la organización.</translation>
    </message>
    <message>
        <source>The organization's campaigns:</source>
        <translation>Campañas de la organización:</translation>
    </message>
    <message numerus="yes">
        <source>%1 [%2] (%3), used by %n profile(s)</source>
        <translation>
            <numerusform>%1 [%2] (%3), usada por %n perfil</numerusform><numerusform>%1 [%2] (%3), usada por %n perfiles</numerusform></translation>
    </message>
    <message>
        <source>Profiles by setup:</source>
        <translation>Perfiles por configuración:</translation>
    </message>
    <message numerus="yes">
        <source>%n profile(s) inherit a brand or campaign that was rejected, suspended or did not reach the registry.</source>
        <translation>
            <numerusform>%n perfil hereda una marca o campaña que se rechazó, se suspendió o no llegó al registro.</numerusform><numerusform>%n perfiles heredan una marca o campaña que se rechazó, se suspendió o no llegó al registro.</numerusform></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Keep sent.dm senders, brands and 10DLC campaigns compliant.</source>
        <translation>Mantenga conformes los remitentes, marcas y campañas 10DLC de sent.dm.</translation>
    </message>
    <message>
        <source>Start a local sandbox with a demo organization and connect to it.</source>
        <translation>Iniciar un sandbox local con una organización de demostración y conectarse a él.</translation>
    </message>
    <message>
        <source>How much faster than real time the sandbox's registry moves.</source>
        <translation>Cuánto más rápido que el tiempo real avanza el registro del sandbox.</translation>
    </message>
    <message>
        <source>The demo sandbox could not start: %1</source>
        <translation>No se pudo iniciar el sandbox de demostración: %1</translation>
    </message>
    <message>
        <source>A local stand-in for the sent.dm v3 API. Prints one line of JSON with its URL and keys on stdout, then logs to stderr only.</source>
        <translation>Un sustituto local de la API v3 de sent.dm. Imprime en stdout una línea de JSON con su URL y sus claves, y después registra solo en stderr.</translation>
    </message>
</context>
</TS>