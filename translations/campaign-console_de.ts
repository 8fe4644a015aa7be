<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
    <context>
        <name>cc::CommonOptions</name>
        <message>
            <source>Use the profile called &lt;name&gt;.</source>
            <translation>Das Profil mit dem Namen &lt;name&gt; verwenden.</translation>
        </message>
        <message>
            <source>Start the built-in sandbox and use it (a local profile).</source>
            <translation>Die eingebaute Sandbox starten und verwenden (ein lokales Profil).</translation>
        </message>
        <message>
            <source>Use language &lt;code&gt; (en, de, fr).</source>
            <translation>Sprache &lt;code&gt; verwenden (en, de, fr).</translation>
        </message>
        <message>
            <source>Log &lt;level&gt; and above: debug, info, warning, critical.</source>
            <translation>Ab Stufe &lt;level&gt; protokollieren: debug, info, warning, critical.</translation>
        </message>
        <message>
            <source>--profile needs a profile name.</source>
            <translation>--profile benötigt einen Profilnamen.</translation>
        </message>
        <message>
            <source>Unknown language "%1": use en, de or fr.</source>
            <translation>Unbekannte Sprache „%1“: verwenden Sie en, de oder fr.</translation>
        </message>
        <message>
            <source>--demo and --profile cannot be used together: --demo uses its own local profile.</source>
            <translation>--demo und --profile können nicht zusammen verwendet werden: --demo verwendet ein eigenes lokales Profil.</translation>
        </message>
    </context>
    <context>
        <name>cc::DemoMode</name>
        <message>
            <source>demo sessions are never stored</source>
            <translation>Demo-Sitzungen werden nie gespeichert</translation>
        </message>
        <message>
            <source>The demo sandbox has no administrator to sign in.</source>
            <translation>Die Demo-Sandbox hat keinen Administrator, der angemeldet werden könnte.</translation>
        </message>
    </context>
    <context>
        <name>cc::Error</name>
        <message>
            <source>The server could not be reached.</source>
            <translation>Der Server war nicht erreichbar.</translation>
        </message>
        <message>
            <source>The server took too long to answer.</source>
            <translation>Der Server hat zu lange für die Antwort gebraucht.</translation>
        </message>
        <message>
            <source>The server reported an error.</source>
            <translation>Der Server hat einen Fehler gemeldet.</translation>
        </message>
        <message>
            <source>The service is failing; the console will try again shortly.</source>
            <translation>Der Dienst fällt aus; die Konsole versucht es in Kürze erneut.</translation>
        </message>
        <message>
            <source>Too many requests; please wait a moment.</source>
            <translation>Zu viele Anfragen; bitte warten Sie einen Moment.</translation>
        </message>
        <message>
            <source>The operation was cancelled.</source>
            <translation>Der Vorgang wurde abgebrochen.</translation>
        </message>
        <message>
            <source>The server sent an answer the console does not understand.</source>
            <translation>Der Server hat eine Antwort gesendet, die die Konsole nicht versteht.</translation>
        </message>
        <message>
            <source>The secure connection could not be verified.</source>
            <translation>Die sichere Verbindung konnte nicht überprüft werden.</translation>
        </message>
        <message>
            <source>Some values are not valid.</source>
            <translation>Einige Werte sind ungültig.</translation>
        </message>
        <message>
            <source>Local data could not be read or written.</source>
            <translation>Lokale Daten konnten nicht gelesen oder geschrieben werden.</translation>
        </message>
        <message>
            <source>You are not signed in, or your session has ended.</source>
            <translation>Sie sind nicht angemeldet, oder Ihre Sitzung ist abgelaufen.</translation>
        </message>
        <message>
            <source>The profile's settings are not usable.</source>
            <translation>Die Einstellungen des Profils sind nicht verwendbar.</translation>
        </message>
        <message>
            <source>An internal error occurred.</source>
            <translation>Ein interner Fehler ist aufgetreten.</translation>
        </message>
    </context>
    <context>
        <name>cc::Logging</name>
        <message>
            <source>Unknown log level "%1": use debug, info, warning or critical.</source>
            <translation>Unbekannte Protokollstufe „%1“: verwenden Sie debug, info, warning oder critical.</translation>
        </message>
    </context>
    <context>
        <name>cc::ProfileStore</name>
        <message>
            <source>There is no profile named "%1".</source>
            <translation>Es gibt kein Profil mit dem Namen „%1“.</translation>
        </message>
        <message>
            <source>The settings file %1 could not be written.</source>
            <translation>Die Einstellungsdatei %1 konnte nicht geschrieben werden.</translation>
        </message>
        <message>
            <source>The settings file %1 is damaged: it declares %L2 profiles; the first %L3 found are used.</source>
            <translation>Die Einstellungsdatei %1 ist beschädigt: Sie gibt %L2 Profile an; die ersten %L3 gefundenen werden verwendet.</translation>
        </message>
    </context>
    <context>
        <name>cc::ProfileValidator</name>
        <message>
            <source>The profile needs a name.</source>
            <translation>Das Profil braucht einen Namen.</translation>
        </message>
        <message>
            <source>The name is too long (at most %1 characters).</source>
            <translation>Der Name ist zu lang (höchstens %1 Zeichen).</translation>
        </message>
        <message>
            <source>The name must not contain / or \.</source>
            <translation>Der Name darf weder / noch \ enthalten.</translation>
        </message>
        <message>
            <source>A profile named "%1" already exists.</source>
            <translation>Ein Profil mit dem Namen „%1“ existiert bereits.</translation>
        </message>
        <message>
            <source>The project URL is required.</source>
            <translation>Die Projekt-URL ist erforderlich.</translation>
        </message>
        <message>
            <source>The anon (publishable) key is required: find it in the project's API settings.</source>
            <translation>Der anon-Schlüssel (öffentlicher Schlüssel) ist erforderlich: Sie finden ihn in den API-Einstellungen des Projekts.</translation>
        </message>
        <message>
            <source>The key must not contain spaces or line breaks.</source>
            <translation>Der Schlüssel darf keine Leerzeichen oder Zeilenumbrüche enthalten.</translation>
        </message>
        <message>
            <source>This is a secret key; a desktop app must use the publishable (anon) key.</source>
            <translation>Dies ist ein geheimer Schlüssel; eine Desktop-Anwendung muss den öffentlichen (anon-)Schlüssel verwenden.</translation>
        </message>
        <message>
            <source>Unknown sign-in type "%1": use supabase or oidc.</source>
            <translation>Unbekannte Anmeldeart „%1“: verwenden Sie supabase oder oidc.</translation>
        </message>
        <message>
            <source>The OAuth client id is required.</source>
            <translation>Die OAuth-Client-ID ist erforderlich.</translation>
        </message>
        <message>
            <source>The OpenID Connect issuer URL is required.</source>
            <translation>Die Aussteller-URL (OpenID Connect) ist erforderlich.</translation>
        </message>
        <message>
            <source>Unknown environment "%1": use production, staging or local.</source>
            <translation>Unbekannte Umgebung „%1“: verwenden Sie production, staging oder local.</translation>
        </message>
        <message>
            <source>The colour must look like #1a2b3c.</source>
            <translation>Die Farbe muss die Form #1a2b3c haben.</translation>
        </message>
    </context>
    <context>
        <name>cc::SessionWorkspace</name>
        <message>
            <source>The access token does not name a user.</source>
            <translation>Das Zugriffstoken nennt keinen Benutzer.</translation>
        </message>
    </context>
    <context>
        <name>cc::UrlPolicy</name>
        <message>
            <source>"%1" is not a valid address; expected something like https://project.supabase.co.</source>
            <translation>„%1“ ist keine gültige Adresse; erwartet wird etwa https://project.supabase.co.</translation>
        </message>
        <message>
            <source>"%1" must start with https://.</source>
            <translation>„%1“ muss mit https:// beginnen.</translation>
        </message>
        <message>
            <source>HTTPS is required for %1: plain http is allowed only for this computer (127.0.0.1, localhost).</source>
            <translation>Für %1 ist HTTPS erforderlich: einfaches http ist nur für diesen Computer erlaubt (127.0.0.1, localhost).</translation>
        </message>
        <message>
            <source>The address must not contain a user name or password.</source>
            <translation>Die Adresse darf keinen Benutzernamen und kein Passwort enthalten.</translation>
        </message>
    </context>
    <context>
        <name>cc::auth::CommandBrowserOpener</name>
        <message>
            <source>The browser "%1" could not be started; open the link yourself.</source>
            <translation>Der Browser „%1“ konnte nicht gestartet werden; öffnen Sie den Link selbst.</translation>
        </message>
    </context>
    <context>
        <name>cc::auth::IdToken</name>
        <message>
            <source>The sign-in server sent an unreadable identity token.</source>
            <translation>Der Anmeldeserver hat ein unlesbares Identitätstoken gesendet.</translation>
        </message>
    </context>
    <context>
        <name>cc::auth::KeychainSecretStore</name>
        <message>
            <source>The keychain is locked or refused access. Unlock it and try again.</source>
            <translation>Der Schlüsselbund ist gesperrt oder hat den Zugriff verweigert. Entsperren Sie ihn und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>No keychain is available on this desktop, so the sign-in cannot be remembered.</source>
            <translation>Auf diesem Desktop ist kein Schlüsselbund verfügbar, daher kann die Anmeldung nicht gespeichert werden.</translation>
        </message>
        <message>
            <source>The keychain entry could not be deleted.</source>
            <translation>Der Eintrag im Schlüsselbund konnte nicht gelöscht werden.</translation>
        </message>
        <message>
            <source>The keychain could not be used: %1</source>
            <translation>Der Schlüsselbund konnte nicht verwendet werden: %1</translation>
        </message>
    </context>
    <context>
        <name>cc::auth::LoopbackRedirectListener</name>
        <message>
            <source>Sign-in timed out: the browser did not come back in time. Please try again.</source>
            <translation>Zeitüberschreitung bei der Anmeldung: Der Browser ist nicht rechtzeitig zurückgekehrt. Bitte versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>The console could not open a local port for the browser to return to.</source>
            <translation>Die Konsole konnte keinen lokalen Port öffnen, zu dem der Browser zurückkehren kann.</translation>
        </message>
        <message>
            <source>Sign-in was cancelled.</source>
            <translation>Die Anmeldung wurde abgebrochen.</translation>
        </message>
        <message>
            <source>Sign-in was refused in the browser.</source>
            <translation>Die Anmeldung wurde im Browser abgelehnt.</translation>
        </message>
        <message>
            <source>The sign-in server reported an error: %1</source>
            <translation>Der Anmeldeserver hat einen Fehler gemeldet: %1</translation>
        </message>
        <message>
            <source>Sign-in failed</source>
            <translation>Anmeldung fehlgeschlagen</translation>
        </message>
        <message>
            <source>You can close this tab and try again in Campaign Console.</source>
            <translation>Sie können diesen Tab schließen und es in Campaign Console erneut versuchen.</translation>
        </message>
        <message>
            <source>Signed in</source>
            <translation>Angemeldet</translation>
        </message>
        <message>
            <source>Signed in, you can close this tab and return to Campaign Console.</source>
            <translation>Angemeldet. Sie können diesen Tab schließen und zu Campaign Console zurückkehren.</translation>
        </message>
        <message>
            <source>Not a sign-in response</source>
            <translation>Keine Anmeldeantwort</translation>
        </message>
        <message>
            <source>This address only accepts the sign-in response for Campaign Console.</source>
            <translation>Diese Adresse nimmt nur die Anmeldeantwort für Campaign Console entgegen.</translation>
        </message>
        <message>
            <source>The sign-in answer came from a different server than the one the console asked (%1). Sign-in was stopped for your safety.</source>
            <translation>Die Anmeldeantwort kam von einem anderen Server als dem, den die Konsole angefragt hat (%1). Die Anmeldung wurde zu Ihrer Sicherheit abgebrochen.</translation>
        </message>
    </context>
    <context>
        <name>cc::auth::OidcDiscovery</name>
        <message>
            <source>The profile has no valid OpenID Connect issuer URL.</source>
            <translation>Das Profil hat keine gültige Aussteller-URL für OpenID Connect.</translation>
        </message>
        <message>
            <source>The sign-in server's configuration could not be fetched: %1</source>
            <translation>Die Konfiguration des Anmeldeservers konnte nicht abgerufen werden: %1</translation>
        </message>
    </context>
    <context>
        <name>cc::auth::Session</name>
        <message>
            <source>Your session has expired; please sign in again.</source>
            <translation>Ihre Sitzung ist abgelaufen; bitte melden Sie sich erneut an.</translation>
        </message>
        <message>
            <source>Your session has ended (it was signed out elsewhere or expired); please sign in again.</source>
            <translation>Ihre Sitzung wurde beendet (sie wurde an anderer Stelle abgemeldet oder ist abgelaufen); bitte melden Sie sich erneut an.</translation>
        </message>
    </context>
    <context>
        <name>cc::auth::SessionTokens</name>
        <message>
            <source>The sign-in server sent an incomplete answer.</source>
            <translation>Der Anmeldeserver hat eine unvollständige Antwort gesendet.</translation>
        </message>
    </context>
    <context>
        <name>cc::auth::SignInFlow</name>
        <message>
            <source>The sign-in could not be completed: %1</source>
            <translation>Die Anmeldung konnte nicht abgeschlossen werden: %1</translation>
        </message>
        <message>
            <source>Sign-in cancelled.</source>
            <translation>Anmeldung abgebrochen.</translation>
        </message>
        <message>
            <source>Choose one under Provider in Settings, or run: campaignctl profiles edit %1 --provider NAME.</source>
            <translation>Wählen Sie einen unter „Anbieter“ in den Einstellungen oder führen Sie aus: campaignctl profiles edit %1 --provider NAME.</translation>
        </message>
        <message>
            <source>The profile names no sign-in provider and the server did not say which it offers. %1</source>
            <translation>Das Profil nennt keinen Anmeldeanbieter, und der Server hat nicht mitgeteilt, welche er anbietet. %1</translation>
        </message>
        <message>
            <source>The profile names no sign-in provider; the server offers: %1. %2</source>
            <translation>Das Profil nennt keinen Anmeldeanbieter; der Server bietet: %1. %2</translation>
        </message>
    </context>
    <context>
        <name>cc::auth::SignInSetupCheck</name>
        <message>
            <source>Choose %1 as the provider in the profile and save it.</source>
            <translation>Wählen Sie %1 als Anbieter im Profil und speichern Sie es.</translation>
        </message>
        <message>
            <source>Run: campaignctl profiles edit %1 --provider %2</source>
            <translation>Führen Sie aus: campaignctl profiles edit %1 --provider %2</translation>
        </message>
        <message>
            <source>Sign-in goes through the OpenID issuer; its discovery document is checked instead.</source>
            <translation>Die Anmeldung läuft über den OpenID-Aussteller; stattdessen wird sein Discovery-Dokument geprüft.</translation>
        </message>
        <message>
            <source>No answer from the Auth service: %1.</source>
            <translation>Keine Antwort vom Auth-Dienst: %1.</translation>
        </message>
        <message>
            <source>Check the project URL and the network.</source>
            <translation>Prüfen Sie die Projekt-URL und das Netzwerk.</translation>
        </message>
        <message>
            <source>The Auth service refused the anon key (HTTP %1).</source>
            <translation>Der Auth-Dienst hat den anon-Schlüssel abgelehnt (HTTP %1).</translation>
        </message>
        <message>
            <source>Copy the anon (publishable) key from Project Settings &gt; API into the profile.</source>
            <translation>Kopieren Sie den anon-(publishable-)Schlüssel aus Project Settings &gt; API in das Profil.</translation>
        </message>
        <message>
            <source>The Auth service did not say which sign-in providers it offers (HTTP %1).</source>
            <translation>Der Auth-Dienst hat nicht mitgeteilt, welche Anmeldeanbieter er anbietet (HTTP %1).</translation>
        </message>
        <message>
            <source>Check that the profile's URL is the project URL (https://&lt;ref&gt;.supabase.co).</source>
            <translation>Prüfen Sie, ob die URL des Profils die Projekt-URL ist (https://&lt;ref&gt;.supabase.co).</translation>
        </message>
        <message>
            <source>Enable a provider in the Supabase dashboard: Authentication &gt; Sign In / Providers (docs/real-supabase.md).</source>
            <translation>Aktivieren Sie einen Anbieter im Supabase-Dashboard: Authentication &gt; Sign In / Providers (docs/real-supabase.md).</translation>
        </message>
        <message>
            <source>The project has no browser sign-in provider enabled.</source>
            <translation>Das Projekt hat keinen Anmeldeanbieter für den Browser aktiviert.</translation>
        </message>
        <message>
            <source>The profile names no sign-in provider; the project offers: %1.</source>
            <translation>Das Profil nennt keinen Anmeldeanbieter; das Projekt bietet: %1.</translation>
        </message>
        <message>
            <source>The provider %1 is not enabled on the server; it offers: %2.</source>
            <translation>Der Anbieter %1 ist auf dem Server nicht aktiviert; er bietet: %2.</translation>
        </message>
        <message>
            <source>Enable %1 in the Supabase dashboard (Authentication &gt; Sign In / Providers), or: %2</source>
            <translation>Aktivieren Sie %1 im Supabase-Dashboard (Authentication &gt; Sign In / Providers), oder: %2</translation>
        </message>
        <message>
            <source>Add %1 to Authentication &gt; URL Configuration &gt; Redirect URLs (docs/real-supabase.md).</source>
            <translation>Fügen Sie %1 unter Authentication &gt; URL Configuration &gt; Redirect URLs hinzu (docs/real-supabase.md).</translation>
        </message>
        <message>
            <source>No answer from the sign-in page: %1.</source>
            <translation>Keine Antwort von der Anmeldeseite: %1.</translation>
        </message>
        <message>
            <source>The server refuses the provider %1: %2</source>
            <translation>Der Server lehnt den Anbieter %1 ab: %2</translation>
        </message>
        <message>
            <source>Enable %1 in the Supabase dashboard (Authentication &gt; Sign In / Providers).</source>
            <translation>Aktivieren Sie %1 im Supabase-Dashboard (Authentication &gt; Sign In / Providers).</translation>
        </message>
        <message>
            <source>The server does not allow sign-in to return to this computer.</source>
            <translation>Der Server erlaubt der Anmeldung nicht, zu diesem Computer zurückzukehren.</translation>
        </message>
        <message>
            <source>The sign-in page answered HTTP %1: %2</source>
            <translation>Die Anmeldeseite antwortete mit HTTP %1: %2</translation>
        </message>
        <message>
            <source>Check the provider's settings in the Supabase dashboard.</source>
            <translation>Prüfen Sie die Einstellungen des Anbieters im Supabase-Dashboard.</translation>
        </message>
        <message>
            <source>The server refused the sign-in request: %1</source>
            <translation>Der Server hat die Anmeldeanfrage abgelehnt: %1</translation>
        </message>
        <message>
            <source>Update the console: it must send a PKCE (S256) challenge.</source>
            <translation>Aktualisieren Sie die Konsole: Sie muss eine PKCE-(S256-)Challenge senden.</translation>
        </message>
        <message>
            <source>The server would send the sign-in back to %1, not to this computer.</source>
            <translation>Der Server würde die Anmeldung an %1 zurückschicken, nicht an diesen Computer.</translation>
        </message>
        <message>
            <source>The server did not start a PKCE flow.</source>
            <translation>Der Server hat keinen PKCE-Ablauf gestartet.</translation>
        </message>
        <message>
            <source>Update Supabase Auth (GoTrue) to a version with PKCE (v2.40 or later).</source>
            <translation>Aktualisieren Sie Supabase Auth (GoTrue) auf eine Version mit PKCE (v2.40 oder neuer).</translation>
        </message>
        <message>
            <source>Sign-in with %1 is enabled, may return to this computer and uses PKCE.</source>
            <translation>Die Anmeldung mit %1 ist aktiviert, darf zu diesem Computer zurückkehren und verwendet PKCE.</translation>
        </message>
        <message>
            <source>no answer within %1 s</source>
            <translation>keine Antwort innerhalb von %1 s</translation>
        </message>
    </context>
    <context>
        <name>cc::auth::TokenRequests</name>
        <message>
            <source>Your session has ended; please sign in again.</source>
            <translation>Ihre Sitzung wurde beendet; bitte melden Sie sich erneut an.</translation>
        </message>
    </context>
    <context>
        <name>cc::auth::TokenStore</name>
        <message>
            <source>You are signed in for this session only: no keychain is available, so you will have to sign in again next time.</source>
            <translation>Sie sind nur für diese Sitzung angemeldet: Es ist kein Schlüsselbund verfügbar, daher müssen Sie sich beim nächsten Mal erneut anmelden.</translation>
        </message>
    </context>
    <context>
        <name>cc::cli::AuthCommand</name>
        <message>
            <source>unexpected argument "%1".</source>
            <translation>unerwartetes Argument „%1“.</translation>
        </message>
        <message>
            <source>Sign in to a profile in the browser. Prints the sign-in link and waits for the browser to come back.</source>
            <translation>Im Browser bei einem Profil anmelden. Gibt den Anmeldelink aus und wartet, bis der Browser zurückkehrt.</translation>
        </message>
        <message>
            <source>Only print the link; do not open a browser.</source>
            <translation>Nur den Link ausgeben; keinen Browser öffnen.</translation>
        </message>
        <message>
            <source>Open this link in a browser to sign in:</source>
            <translation>Öffnen Sie diesen Link in einem Browser, um sich anzumelden:</translation>
        </message>
        <message>
            <source>Waiting for the browser (Ctrl+C to stop)...</source>
            <translation>Warten auf den Browser (Strg+C zum Abbrechen)...</translation>
        </message>
        <message>
            <source>Signed in as %1 (profile %2).</source>
            <translation>Angemeldet als %1 (Profil %2).</translation>
        </message>
        <message>
            <source>No usable keychain (%1): the session will not be remembered.</source>
            <translation>Kein nutzbarer Schlüsselbund (%1): Die Sitzung wird nicht gespeichert.</translation>
        </message>
        <message>
            <source>Show who is signed in to a profile.</source>
            <translation>Anzeigen, wer bei einem Profil angemeldet ist.</translation>
        </message>
        <message>
            <source>%1 (user %2, role %3) on profile %4; the access token expires at %5.</source>
            <translation>%1 (Benutzer %2, Rolle %3) bei Profil %4; das Zugriffstoken läuft am %5 ab.</translation>
        </message>
        <message>
            <source>Sign out of a profile: revoke the session on the server and delete it from the keychain.</source>
            <translation>Von einem Profil abmelden: die Sitzung auf dem Server widerrufen und aus dem Schlüsselbund löschen.</translation>
        </message>
        <message>
            <source>Signed out of profile %1.</source>
            <translation>Von Profil %1 abgemeldet.</translation>
        </message>
    </context>
    <context>
        <name>cc::cli::CampaignsCommand</name>
        <message>
            <source>campaigns needs an action.</source>
            <translation>campaigns benötigt eine Aktion.</translation>
        </message>
        <message>
            <source>unknown action "%1" for campaigns.</source>
            <translation>unbekannte Aktion „%1“ für campaigns.</translation>
        </message>
        <message>
            <source>The campaign's name (1 to 200 characters).</source>
            <translation>Der Name der Kampagne (1 bis 200 Zeichen).</translation>
        </message>
        <message>
            <source>draft, scheduled, active, paused, completed or archived.</source>
            <translation>draft, scheduled, active, paused, completed oder archived.</translation>
        </message>
        <message>
            <source>email, social or ads.</source>
            <translation>email, social oder ads.</translation>
        </message>
        <message>
            <source>The budget (zero or more).</source>
            <translation>Das Budget (null oder mehr).</translation>
        </message>
        <message>
            <source>A three-letter currency code such as EUR.</source>
            <translation>Ein Währungscode aus drei Buchstaben, etwa EUR.</translation>
        </message>
        <message>
            <source>The start date, YYYY-MM-DD (empty: none).</source>
            <translation>Das Startdatum, YYYY-MM-DD (leer: keines).</translation>
        </message>
        <message>
            <source>The end date, YYYY-MM-DD (empty: none).</source>
            <translation>Das Enddatum, YYYY-MM-DD (leer: keines).</translation>
        </message>
        <message>
            <source>The audience size.</source>
            <translation>Die Größe der Zielgruppe.</translation>
        </message>
        <message>
            <source>Messages sent.</source>
            <translation>Gesendete Nachrichten.</translation>
        </message>
        <message>
            <source>Messages opened.</source>
            <translation>Geöffnete Nachrichten.</translation>
        </message>
        <message>
            <source>Clicks.</source>
            <translation>Klicks.</translation>
        </message>
        <message>
            <source>--%1: "%2" is not a valid value.</source>
            <translation>--%1: „%2“ ist kein gültiger Wert.</translation>
        </message>
        <message>
            <source>List campaigns (from the server; the local cache when offline).</source>
            <translation>Kampagnen auflisten (vom Server; offline aus dem lokalen Cache).</translation>
        </message>
        <message>
            <source>Only campaigns with this status (repeatable).</source>
            <translation>Nur Kampagnen mit diesem Status (wiederholbar).</translation>
        </message>
        <message>
            <source>Only campaigns on this channel (repeatable).</source>
            <translation>Nur Kampagnen auf diesem Kanal (wiederholbar).</translation>
        </message>
        <message>
            <source>Only names containing &lt;text&gt; (any case).</source>
            <translation>Nur Namen, die &lt;text&gt; enthalten (ohne Beachtung der Groß-/Kleinschreibung).</translation>
        </message>
        <message>
            <source>At most &lt;n&gt; campaigns.</source>
            <translation>Höchstens &lt;n&gt; Kampagnen.</translation>
        </message>
        <message>
            <source>unknown status "%1".</source>
            <translation>unbekannter Status „%1“.</translation>
        </message>
        <message>
            <source>--limit needs a number of zero or more.</source>
            <translation>--limit benötigt eine Zahl größer oder gleich null.</translation>
        </message>
        <message>
            <source>offline: showing cached data (%1).</source>
            <translation>offline: zwischengespeicherte Daten werden angezeigt (%1).</translation>
        </message>
        <message>
            <source>%1 of %2 campaigns</source>
            <translation>%1 von %2 Kampagnen</translation>
        </message>
        <message>
            <source>Show one campaign.</source>
            <translation>Eine Kampagne anzeigen.</translation>
        </message>
        <message>
            <source>The campaign's id.</source>
            <translation>Die ID der Kampagne.</translation>
        </message>
        <message>
            <source>show needs exactly one campaign id.</source>
            <translation>show benötigt genau eine Kampagnen-ID.</translation>
        </message>
        <message>
            <source>no campaign with id %1.</source>
            <translation>keine Kampagne mit der ID %1.</translation>
        </message>
        <message>
            <source>Create a campaign.</source>
            <translation>Eine Kampagne anlegen.</translation>
        </message>
        <message>
            <source>--name is required.</source>
            <translation>--name ist erforderlich.</translation>
        </message>
        <message>
            <source>Change fields of a campaign.</source>
            <translation>Felder einer Kampagne ändern.</translation>
        </message>
        <message>
            <source>update needs exactly one campaign id.</source>
            <translation>update benötigt genau eine Kampagnen-ID.</translation>
        </message>
        <message>
            <source>nothing to change: give at least one field option.</source>
            <translation>nichts zu ändern: Geben Sie mindestens eine Feldoption an.</translation>
        </message>
        <message>
            <source>Delete a campaign.</source>
            <translation>Eine Kampagne löschen.</translation>
        </message>
        <message>
            <source>delete needs exactly one campaign id.</source>
            <translation>delete benötigt genau eine Kampagnen-ID.</translation>
        </message>
        <message>
            <source>Send the changes waiting in the outbox, in order; with --all, then download every campaign into the local cache (for offline work).</source>
            <translation>Sendet die im Postausgang wartenden Änderungen der Reihe nach; mit --all werden danach alle Kampagnen in den lokalen Cache geladen (für die Arbeit offline).</translation>
        </message>
        <message>
            <source>Also download every campaign into the local cache.</source>
            <translation>Zusätzlich alle Kampagnen in den lokalen Cache laden.</translation>
        </message>
        <message>
            <source>Downloading campaigns: %L1 of %L2</source>
            <translation>Kampagnen werden geladen: %L1 von %L2</translation>
        </message>
        <message>
            <source>Downloading campaigns: %L1</source>
            <translation>Kampagnen werden geladen: %L1</translation>
        </message>
        <message>
            <source>%L1 campaigns in the local cache (%L2 s).</source>
            <translation>%L1 Kampagnen im lokalen Cache (%L2 s).</translation>
        </message>
        <message>
            <source>warning: %1</source>
            <translation>Warnung: %1</translation>
        </message>
    </context>
    <context>
        <name>cc::cli::CampaignsSession</name>
        <message>
            <source>warning: the local cache was damaged; it was moved to %1 and is rebuilt from the server.</source>
            <translation>Warnung: Der lokale Cache war beschädigt; er wurde nach %1 verschoben und wird vom Server neu aufgebaut.</translation>
        </message>
        <message>
            <source>%1 is not an access token (a JWT with a user id).</source>
            <translation>%1 ist kein Zugriffstoken (ein JWT mit einer Benutzer-ID).</translation>
        </message>
    </context>
    <context>
        <name>cc::cli::ChangeReport</name>
        <message>
            <source>conflict: change %1 to campaign %2 was made on a version someone else has changed since.
  yours:  %3
  server: %4
  Keep yours with "campaignctl outbox resolve %1 --keep-mine", or the server's with "--take-theirs".</source>
            <translation>Konflikt: Änderung %1 an Kampagne %2 beruht auf einer Version, die jemand anderes inzwischen geändert hat.
  Ihre:   %3
  Server: %4
  Behalten Sie Ihre mit „campaignctl outbox resolve %1 --keep-mine“ oder die des Servers mit „--take-theirs“.</translation>
        </message>
        <message>
            <source>refused: change %1 (%2 of campaign %3): %4
  Change it and send it again with "campaignctl outbox retry %1", or drop it with "campaignctl outbox discard %1".</source>
            <translation>abgelehnt: Änderung %1 (%2 von Kampagne %3): %4
  Ändern Sie sie und senden Sie sie erneut mit „campaignctl outbox retry %1“, oder verwerfen Sie sie mit „campaignctl outbox discard %1“.</translation>
        </message>
        <message>
            <source>queued: change %1 waits for change %2 to campaign %3 (%4), made before it. It is sent once that one is resolved (see "campaignctl outbox list").</source>
            <translation>in der Warteschlange: Änderung %1 wartet auf Änderung %2 an Kampagne %3 (%4), die vorher gemacht wurde. Sie wird gesendet, sobald diese gelöst ist (siehe „campaignctl outbox list“).</translation>
        </message>
        <message numerus="yes">
            <source>%n other change(s) need attention (see "campaignctl outbox list").</source>
            <translation>
                <numerusform>%n weitere Änderung braucht Aufmerksamkeit (siehe „campaignctl outbox list“).</numerusform>
                <numerusform>%n weitere Änderungen brauchen Aufmerksamkeit (siehe „campaignctl outbox list“).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) waiting; the backend cannot be reached (%1). Run "campaignctl campaigns sync" later.</source>
            <translation>
                <numerusform>%n Änderung wartet; das Backend ist nicht erreichbar (%1). Führen Sie später „campaignctl campaigns sync“ aus.</numerusform>
                <numerusform>%n Änderungen warten; das Backend ist nicht erreichbar (%1). Führen Sie später „campaignctl campaigns sync“ aus.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) sent.</source>
            <translation>
                <numerusform>%n Änderung gesendet.</numerusform>
                <numerusform>%n Änderungen gesendet.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cc::cli::CtlApplication</name>
        <message>
            <source>Print machine-readable JSON.</source>
            <translation>Maschinenlesbares JSON ausgeben.</translation>
        </message>
        <message>
            <source>Use settings file &lt;file&gt; instead of the standard one.</source>
            <translation>Einstellungsdatei &lt;file&gt; statt der Standarddatei verwenden.</translation>
        </message>
        <message>
            <source>The command to run.</source>
            <translation>Der auszuführende Befehl.</translation>
        </message>
        <message>
            <source>no command given.</source>
            <translation>kein Befehl angegeben.</translation>
        </message>
        <message>
            <source>unknown command "%1".</source>
            <translation>unbekannter Befehl „%1“.</translation>
        </message>
        <message>
            <source>Usage: campaignctl [options] COMMAND [command options]</source>
            <translation>Aufruf: campaignctl [Optionen] BEFEHL [Befehlsoptionen]</translation>
        </message>
        <message>
            <source>Manage Campaign Console profiles and data from the command line.

Commands:
%1
Every command accepts --profile NAME, or --demo to use the built-in sandbox; "campaignctl COMMAND --help" lists a command's options. Exit codes: 0 success, 1 failure, 2 usage error; a change: 0 applied, 3 queued, 4 conflict, 5 refused (health: 0 healthy, 1 degraded, 2 down, 3 could not check).</source>
            <translation>Profile und Daten der Campaign Console auf der Kommandozeile verwalten.

Befehle:
%1
Jeder Befehl akzeptiert --profile NAME oder --demo für die eingebaute Sandbox; „campaignctl BEFEHL --help“ listet die Optionen eines Befehls. Exit-Codes: 0 Erfolg, 1 Fehler, 2 Aufruffehler; eine Änderung: 0 angewendet, 3 eingereiht, 4 Konflikt, 5 abgelehnt (health: 0 gesund, 1 beeinträchtigt, 2 ausgefallen, 3 nicht prüfbar).</translation>
        </message>
    </context>
    <context>
        <name>cc::cli::CtlContext</name>
        <message>
            <source>campaignctl: %1</source>
            <translation>campaignctl: %1</translation>
        </message>
        <message>
            <source>No profile chosen: pass --profile NAME or make one current.</source>
            <translation>Kein Profil ausgewählt: Geben Sie --profile NAME an oder legen Sie ein aktuelles Profil fest.</translation>
        </message>
        <message>
            <source>There is no profile called "%1".</source>
            <translation>Es gibt kein Profil namens „%1“.</translation>
        </message>
    </context>
    <context>
        <name>cc::cli::CtlSession</name>
        <message>
            <source>not signed in to profile %1: %2</source>
            <translation>nicht bei Profil %1 angemeldet: %2</translation>
        </message>
        <message>
            <source>not signed in to profile %1: run 'campaignctl login --profile %1' first.</source>
            <translation>nicht bei Profil %1 angemeldet: Führen Sie zuerst „campaignctl login --profile %1“ aus.</translation>
        </message>
        <message>
            <source>the demo sign-in did not complete</source>
            <translation>die Demo-Anmeldung wurde nicht abgeschlossen</translation>
        </message>
    </context>
    <context>
        <name>cc::cli::CtlUsage</name>
        <message>
            <source>List the saved profiles.</source>
            <translation>Die gespeicherten Profile auflisten.</translation>
        </message>
        <message>
            <source>Show a profile (the current one without NAME).</source>
            <translation>Ein Profil anzeigen (ohne NAME das aktuelle).</translation>
        </message>
        <message>
            <source>Add a profile.</source>
            <translation>Ein Profil hinzufügen.</translation>
        </message>
        <message>
            <source>Change some fields of a profile; the others stay.</source>
            <translation>Einige Felder eines Profils ändern; die übrigen bleiben.</translation>
        </message>
        <message>
            <source>Remove a profile.</source>
            <translation>Ein Profil entfernen.</translation>
        </message>
        <message>
            <source>List campaigns (the local cache when offline).</source>
            <translation>Kampagnen auflisten (offline aus dem lokalen Cache).</translation>
        </message>
        <message>
            <source>Show one campaign.</source>
            <translation>Eine Kampagne anzeigen.</translation>
        </message>
        <message>
            <source>Create a campaign.</source>
            <translation>Eine Kampagne anlegen.</translation>
        </message>
        <message>
            <source>Change fields of a campaign.</source>
            <translation>Felder einer Kampagne ändern.</translation>
        </message>
        <message>
            <source>Delete a campaign.</source>
            <translation>Eine Kampagne löschen.</translation>
        </message>
        <message>
            <source>Send the changes waiting in the outbox; --all also downloads every campaign.</source>
            <translation>Die im Ausgang wartenden Änderungen senden; --all lädt zudem jede Kampagne herunter.</translation>
        </message>
        <message>
            <source>Check a profile's backend, sign-in setup included, and say how to fix what is wrong.</source>
            <translation>Das Backend eines Profils prüfen, die Anmeldung eingeschlossen, und sagen, wie sich Fehler beheben lassen.</translation>
        </message>
        <message>
            <source>Check the backend's services; exit code 0 healthy, 1 degraded, 2 down, 3 could not check.</source>
            <translation>Die Dienste des Backends prüfen; Exit-Code 0 gesund, 1 beeinträchtigt, 2 ausgefallen, 3 nicht prüfbar.</translation>
        </message>
        <message>
            <source>Sign in to a profile in the browser.</source>
            <translation>Bei einem Profil im Browser anmelden.</translation>
        </message>
        <message>
            <source>Show who is signed in.</source>
            <translation>Anzeigen, wer angemeldet ist.</translation>
        </message>
        <message>
            <source>Sign out and forget the session.</source>
            <translation>Abmelden und die Sitzung vergessen.</translation>
        </message>
        <message>
            <source>Print changes to campaigns as they happen, until interrupted.</source>
            <translation>Änderungen an Kampagnen ausgeben, sobald sie geschehen, bis zum Abbruch.</translation>
        </message>
        <message>
            <source>Usage:
%1
Every command also accepts --profile NAME, --demo, --json, --config FILE, --log-level LEVEL and --lang LANG; "campaignctl %2 ACTION --help" lists an action's options.
</source>
            <translation>Aufruf:
%1
Jeder Befehl akzeptiert außerdem --profile NAME, --demo, --json, --config FILE, --log-level LEVEL und --lang LANG; „campaignctl %2 AKTION --help“ listet die Optionen einer Aktion.
</translation>
        </message>
        <message>
            <source>Usage: %1</source>
            <translation>Aufruf: %1</translation>
        </message>
        <message>
            <source>The changes waiting to be sent, refused or in conflict.</source>
            <translation>Die Änderungen, die auf das Senden warten, abgelehnt wurden oder im Konflikt stehen.</translation>
        </message>
        <message>
            <source>Send a refused change again.</source>
            <translation>Eine abgelehnte Änderung erneut senden.</translation>
        </message>
        <message>
            <source>Forget a change that was not applied.</source>
            <translation>Eine nicht angewendete Änderung verwerfen.</translation>
        </message>
        <message>
            <source>Settle a conflict: send your version again, or keep the server's.</source>
            <translation>Einen Konflikt lösen: Ihre Fassung erneut senden oder die des Servers behalten.</translation>
        </message>
    </context>
    <context>
        <name>cc::cli::DoctorCommand</name>
        <message>
            <source>Seconds to wait for each part (default 10).</source>
            <translation>Wartezeit in Sekunden für jeden Teil (Standard: 10).</translation>
        </message>
        <message>
            <source>unexpected argument "%1".</source>
            <translation>unerwartetes Argument „%1“.</translation>
        </message>
        <message>
            <source>--timeout must be a number of seconds from 1 to 300.</source>
            <translation>--timeout muss eine Anzahl von Sekunden zwischen 1 und 300 sein.</translation>
        </message>
        <message>
            <source>Profile "%1" (%2)</source>
            <translation>Profil „%1“ (%2)</translation>
        </message>
        <message>
            <source>  ok    %1: %2</source>
            <translation>  ok    %1: %2</translation>
        </message>
        <message>
            <source>  FAIL  %1: %2</source>
            <translation>  FAIL  %1: %2</translation>
        </message>
        <message>
            <source>        fix: %1</source>
            <translation>        Lösung: %1</translation>
        </message>
        <message>
            <source>Check a profile's backend part by part (data API and key, sign-in, execute_transaction, realtime, e-mail API) and say what is wrong and how to fix it.</source>
            <translation>Das Backend eines Profils Teil für Teil prüfen (Daten-API und Schlüssel, Anmeldung, execute_transaction, Realtime, E-Mail-API) und angeben, was nicht stimmt und wie es sich beheben lässt.</translation>
        </message>
    </context>
    <context>
        <name>cc::cli::HealthCommand</name>
        <message>
            <source>Check again every interval until interrupted.</source>
            <translation>Nach jedem Intervall erneut prüfen, bis zur Unterbrechung.</translation>
        </message>
        <message>
            <source>Seconds between checks with --watch (default 30).</source>
            <translation>Sekunden zwischen den Prüfungen mit --watch (Standard: 30).</translation>
        </message>
        <message>
            <source>With --watch: stop after this many rounds.</source>
            <translation>Mit --watch: nach so vielen Durchläufen beenden.</translation>
        </message>
        <message>
            <source>Seconds each check may take (default 10).</source>
            <translation>Sekunden, die jede Prüfung dauern darf (Standard: 10).</translation>
        </message>
        <message>
            <source>unexpected argument "%1".</source>
            <translation>unerwartetes Argument „%1“.</translation>
        </message>
        <message>
            <source>--interval must be a number of seconds from 1 to 86400.</source>
            <translation>--interval muss eine Anzahl von Sekunden zwischen 1 und 86400 sein.</translation>
        </message>
        <message>
            <source>--rounds must be a positive number.</source>
            <translation>--rounds muss eine positive Zahl sein.</translation>
        </message>
        <message>
            <source>--timeout must be a number of seconds from 1 to 300.</source>
            <translation>--timeout muss eine Anzahl von Sekunden zwischen 1 und 300 sein.</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>%L1 ms</source>
            <translation>%L1 ms</translation>
        </message>
        <message>
            <source>breaker: %1</source>
            <translation>Schutzschalter: %1</translation>
        </message>
        <message>
            <source>Check the profile's backend services (REST API, Auth, E-mail API, the backend's /health document).
Exit code: 0 all healthy, 1 something degraded, 2 something down, 3 the check could not run.</source>
            <translation>Die Backend-Dienste des Profils prüfen (REST-API, Auth, E-Mail-API, das /health-Dokument des Backends).
Exit-Code: 0 alle betriebsbereit, 1 etwas beeinträchtigt, 2 etwas gestört, 3 die Prüfung konnte nicht laufen.</translation>
        </message>
    </context>
    <context>
        <name>cc::cli::OutboxCommand</name>
        <message>
            <source>Usage: campaignctl outbox list | retry ID | discard ID | resolve ID --keep-mine|--take-theirs
The changes waiting to be sent, and a way forward for those that cannot go on by themselves.
</source>
            <translation>Verwendung: campaignctl outbox list | retry ID | discard ID | resolve ID --keep-mine|--take-theirs
Die Änderungen, die auf das Senden warten, und ein Weg weiter für die, die nicht von selbst weiterkommen.
</translation>
        </message>
        <message>
            <source>outbox needs an action.</source>
            <translation>outbox braucht eine Aktion.</translation>
        </message>
        <message>
            <source>unknown action "%1" for outbox.</source>
            <translation>Unbekannte Aktion „%1“ für outbox.</translation>
        </message>
        <message>
            <source>give exactly one change number (see "campaignctl outbox list").</source>
            <translation>Geben Sie genau eine Änderungsnummer an (siehe „campaignctl outbox list“).</translation>
        </message>
        <message>
            <source>"%1" is not a change number.</source>
            <translation>„%1“ ist keine Änderungsnummer.</translation>
        </message>
        <message>
            <source>warning: %1</source>
            <translation>Warnung: %1</translation>
        </message>
        <message>
            <source>there is no change %1 in the outbox.</source>
            <translation>Es gibt keine Änderung %1 im Postausgang.</translation>
        </message>
        <message>
            <source>List the changes waiting in the outbox, oldest first.</source>
            <translation>Die Änderungen im Postausgang auflisten, älteste zuerst.</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) in the outbox.</source>
            <translation>
                <numerusform>%n Änderung im Postausgang.</numerusform>
                <numerusform>%n Änderungen im Postausgang.</numerusform>
            </translation>
        </message>
        <message>
            <source>Send a change the server refused once more (after fixing its cause).</source>
            <translation>Eine vom Server abgelehnte Änderung noch einmal senden (nachdem ihre Ursache behoben ist).</translation>
        </message>
        <message>
            <source>The change's number (campaignctl outbox list).</source>
            <translation>Die Nummer der Änderung (campaignctl outbox list).</translation>
        </message>
        <message>
            <source>change %1 was not refused; only a refused change can be retried.</source>
            <translation>Änderung %1 wurde nicht abgelehnt; nur eine abgelehnte Änderung kann erneut versucht werden.</translation>
        </message>
        <message>
            <source>Drop a change from the outbox; it is never sent. The later changes of its campaign are sent.</source>
            <translation>Eine Änderung aus dem Postausgang entfernen; sie wird nie gesendet. Die späteren Änderungen ihrer Kampagne werden gesendet.</translation>
        </message>
        <message>
            <source>Change %1 discarded.</source>
            <translation>Änderung %1 verworfen.</translation>
        </message>
        <message>
            <source>Resolve a conflict: send your change on top of the server's version (--keep-mine), or drop it and keep the server's (--take-theirs).</source>
            <translation>Einen Konflikt lösen: Ihre Änderung auf der Version des Servers senden (--keep-mine) oder verwerfen und die des Servers behalten (--take-theirs).</translation>
        </message>
        <message>
            <source>Send your change over the server's version.</source>
            <translation>Ihre Änderung über die Version des Servers senden.</translation>
        </message>
        <message>
            <source>Drop your change; the server's version stays.</source>
            <translation>Ihre Änderung verwerfen; die Version des Servers bleibt.</translation>
        </message>
        <message>
            <source>give either --keep-mine or --take-theirs.</source>
            <translation>Geben Sie entweder --keep-mine oder --take-theirs an.</translation>
        </message>
        <message>
            <source>change %1 is not in conflict.</source>
            <translation>Änderung %1 steht nicht in Konflikt.</translation>
        </message>
        <message>
            <source>Change %1 dropped; the server's version stays.</source>
            <translation>Änderung %1 verworfen; die Version des Servers bleibt.</translation>
        </message>
    </context>
    <context>
        <name>cc::cli::ProfileDoctor</name>
        <message>
            <source>no answer within %1 s</source>
            <translation>keine Antwort innerhalb von %1 s</translation>
        </message>
        <message>
            <source>No answer from the server: %1.</source>
            <translation>Keine Antwort vom Server: %1.</translation>
        </message>
        <message>
            <source>The server refused the profile's anon key (%1).</source>
            <translation>Der Server hat den anon-Schlüssel des Profils abgelehnt (%1).</translation>
        </message>
        <message>
            <source>Copy the anon (publishable) key from Project Settings &gt; API and save it in the profile (campaignctl profiles add --anon-key ...).</source>
            <translation>Kopieren Sie den anon-Schlüssel (öffentlicher Schlüssel) aus Project Settings &gt; API und speichern Sie ihn im Profil (campaignctl profiles add --anon-key ...).</translation>
        </message>
        <message>
            <source>The server is failing: HTTP %1 %2</source>
            <translation>Der Server fällt aus: HTTP %1 %2</translation>
        </message>
        <message>
            <source>This is on the server side: check the project's status in the Supabase dashboard and try again later.</source>
            <translation>Das Problem liegt auf der Serverseite: Prüfen Sie den Status des Projekts im Supabase-Dashboard und versuchen Sie es später erneut.</translation>
        </message>
        <message>
            <source>The data API answers and the campaigns table is there.</source>
            <translation>Die Daten-API antwortet, und die Tabelle campaigns ist vorhanden.</translation>
        </message>
        <message>
            <source>The campaigns table does not exist (%1).</source>
            <translation>Die Tabelle campaigns existiert nicht (%1).</translation>
        </message>
        <message>
            <source>Run the migrations in resources/supabase/migrations on the project (docs/real-supabase.md, step 2).</source>
            <translation>Führen Sie die Migrationen aus resources/supabase/migrations im Projekt aus (docs/real-supabase.md, Schritt 2).</translation>
        </message>
        <message>
            <source>The data API answered HTTP %1: %2</source>
            <translation>Die Daten-API hat mit HTTP %1 geantwortet: %2</translation>
        </message>
        <message>
            <source>Check that the profile's URL is the project URL (https://&lt;ref&gt;.supabase.co).</source>
            <translation>Prüfen Sie, ob die URL des Profils die Projekt-URL ist (https://&lt;ref&gt;.supabase.co).</translation>
        </message>
        <message>
            <source>Supabase Auth answers (%1).</source>
            <translation>Supabase Auth antwortet (%1).</translation>
        </message>
        <message>
            <source>Supabase Auth answered HTTP %1 to its health check.</source>
            <translation>Supabase Auth hat die Statusprüfung mit HTTP %1 beantwortet.</translation>
        </message>
        <message>
            <source>Check that the profile's URL is the project URL and that Auth is enabled for the project.</source>
            <translation>Prüfen Sie, ob die URL des Profils die Projekt-URL ist und ob Auth für das Projekt aktiviert ist.</translation>
        </message>
        <message>
            <source>Set --issuer to https://&lt;ref&gt;.supabase.co/auth/v1 and enable the OAuth 2.1 server (Authentication &gt; OAuth Server).</source>
            <translation>Setzen Sie --issuer auf https://&lt;ref&gt;.supabase.co/auth/v1 und aktivieren Sie den OAuth-2.1-Server (Authentication &gt; OAuth Server).</translation>
        </message>
        <message>
            <source>No answer from the OpenID issuer: %1.</source>
            <translation>Keine Antwort vom OpenID-Aussteller: %1.</translation>
        </message>
        <message>
            <source>The issuer has no OpenID configuration (HTTP %1).</source>
            <translation>Der Aussteller hat keine OpenID-Konfiguration (HTTP %1).</translation>
        </message>
        <message>
            <source>The issuer does not offer PKCE with S256.</source>
            <translation>Der Aussteller bietet kein PKCE mit S256 an.</translation>
        </message>
        <message>
            <source>The OpenID issuer answers and supports PKCE (S256).</source>
            <translation>Der OpenID-Aussteller antwortet und unterstützt PKCE (S256).</translation>
        </message>
        <message>
            <source>execute_transaction is installed.</source>
            <translation>execute_transaction ist installiert.</translation>
        </message>
        <message>
            <source>The function public.execute_transaction(operations) is missing.</source>
            <translation>Die Funktion public.execute_transaction(operations) fehlt.</translation>
        </message>
        <message>
            <source>Run resources/supabase/migrations/20261125090300_execute_transaction.sql (and the migrations before it), then reload the schema cache: NOTIFY pgrst, 'reload schema'.</source>
            <translation>Führen Sie resources/supabase/migrations/20261125090300_execute_transaction.sql (und die vorhergehenden Migrationen) aus und laden Sie dann den Schema-Cache neu: NOTIFY pgrst, 'reload schema'.</translation>
        </message>
        <message>
            <source>execute_transaction answered HTTP %1: %2</source>
            <translation>execute_transaction hat mit HTTP %1 geantwortet: %2</translation>
        </message>
        <message>
            <source>Re-run the migrations: the installed function does not behave like the console expects.</source>
            <translation>Führen Sie die Migrationen erneut aus: Die installierte Funktion verhält sich nicht so, wie die Konsole es erwartet.</translation>
        </message>
        <message>
            <source>The e-mail API answers.</source>
            <translation>Die E-Mail-API antwortet.</translation>
        </message>
        <message>
            <source>The e-mail API answered HTTP %1 to its health check.</source>
            <translation>Die E-Mail-API hat die Statusprüfung mit HTTP %1 beantwortet.</translation>
        </message>
        <message>
            <source>Set --email-url to the e-mail API's base URL (default &lt;url&gt;/api/email).</source>
            <translation>Setzen Sie --email-url auf die Basis-URL der E-Mail-API (Standard: &lt;url&gt;/api/email).</translation>
        </message>
        <message>
            <source>Check the URLs in the profile (--url or --email-url) and the network; a paused Supabase project must be restored in the dashboard.</source>
            <translation>Prüfen Sie die URLs im Profil (--url oder --email-url) und das Netzwerk; ein pausiertes Supabase-Projekt muss im Dashboard wiederhergestellt werden.</translation>
        </message>
        <message>
            <source>Check the URL in the profile (--url) and the network; a paused Supabase project must be restored in the dashboard.</source>
            <translation>Prüfen Sie die URL im Profil (--url) und das Netzwerk; ein pausiertes Supabase-Projekt muss im Dashboard wiederhergestellt werden.</translation>
        </message>
    </context>
    <context>
        <name>cc::cli::ProfilesCommand</name>
        <message>
            <source>unknown action "%1" for profiles.</source>
            <translation>unbekannte Aktion „%1“ für profiles.</translation>
        </message>
        <message>
            <source>List the saved profiles.</source>
            <translation>Die gespeicherten Profile auflisten.</translation>
        </message>
        <message>
            <source>profiles list takes no arguments.</source>
            <translation>profiles list akzeptiert keine Argumente.</translation>
        </message>
        <message>
            <source>No profiles yet. Add one with: campaignctl profiles add --name NAME --url URL --anon-key KEY</source>
            <translation>Noch keine Profile. Fügen Sie eines hinzu mit: campaignctl profiles add --name NAME --url URL --anon-key SCHLÜSSEL</translation>
        </message>
        <message>
            <source>Add a profile: a named backend the console can connect to.</source>
            <translation>Ein Profil hinzufügen: ein benanntes Backend, mit dem sich die Konsole verbinden kann.</translation>
        </message>
        <message>
            <source>The profile's name.</source>
            <translation>Der Name des Profils.</translation>
        </message>
        <message>
            <source>The project URL (https://&lt;ref&gt;.supabase.co).</source>
            <translation>Die Projekt-URL (https://&lt;ref&gt;.supabase.co).</translation>
        </message>
        <message>
            <source>The anon (publishable) key.</source>
            <translation>Der anon-Schlüssel (öffentlicher Schlüssel).</translation>
        </message>
        <message>
            <source>production, staging or local (default production).</source>
            <translation>production, staging oder local (Standard: production).</translation>
        </message>
        <message>
            <source>The profile's colour, #rrggbb.</source>
            <translation>Die Farbe des Profils, #rrggbb.</translation>
        </message>
        <message>
            <source>Sign-in type: supabase (default) or oidc.</source>
            <translation>Anmeldeart: supabase (Standard) oder oidc.</translation>
        </message>
        <message>
            <source>The OAuth client id (default campaign-console).</source>
            <translation>Die OAuth-Client-ID (Standard: campaign-console).</translation>
        </message>
        <message>
            <source>The OpenID Connect issuer URL (oidc sign-in).</source>
            <translation>Die Aussteller-URL für OpenID Connect (oidc-Anmeldung).</translation>
        </message>
        <message>
            <source>Space-separated OAuth scopes.</source>
            <translation>Durch Leerzeichen getrennte OAuth-Scopes.</translation>
        </message>
        <message>
            <source>The e-mail API base URL (default &lt;url&gt;/api/email).</source>
            <translation>Die Basis-URL der E-Mail-API (Standard: &lt;url&gt;/api/email).</translation>
        </message>
        <message>
            <source>Make it the profile the console opens with.</source>
            <translation>Als Profil festlegen, mit dem die Konsole startet.</translation>
        </message>
        <message>
            <source>unexpected argument "%1".</source>
            <translation>unerwartetes Argument „%1“.</translation>
        </message>
        <message>
            <source>--%1 is required.</source>
            <translation>--%1 ist erforderlich.</translation>
        </message>
        <message>
            <source>Added profile "%1".</source>
            <translation>Profil „%1“ hinzugefügt.</translation>
        </message>
        <message>
            <source>Remove a saved profile.</source>
            <translation>Ein gespeichertes Profil entfernen.</translation>
        </message>
        <message>
            <source>The profile to remove.</source>
            <translation>Das zu entfernende Profil.</translation>
        </message>
        <message>
            <source>profiles remove needs exactly one profile name.</source>
            <translation>profiles remove benötigt genau einen Profilnamen.</translation>
        </message>
        <message>
            <source>Removed profile "%1".</source>
            <translation>Profil „%1“ entfernt.</translation>
        </message>
        <message>
            <source>profiles needs an action: list, show, add, edit or remove.</source>
            <translation>profiles braucht eine Aktion: list, show, add, edit oder remove.</translation>
        </message>
        <message>
            <source>The GoTrue provider for supabase sign-in, one the project has enabled (campaignctl doctor lists them).</source>
            <translation>Der GoTrue-Anbieter für die Supabase-Anmeldung, einer, den das Projekt aktiviert hat (campaignctl doctor listet sie).</translation>
        </message>
        <message>
            <source>Change fields of a saved profile; the others keep their values. --name renames it.</source>
            <translation>Felder eines gespeicherten Profils ändern; die übrigen behalten ihre Werte. --name benennt es um.</translation>
        </message>
        <message>
            <source>The profile to change.</source>
            <translation>Das zu ändernde Profil.</translation>
        </message>
        <message>
            <source>profiles edit needs exactly one profile name.</source>
            <translation>profiles edit braucht genau einen Profilnamen.</translation>
        </message>
        <message>
            <source>There is no profile "%1" (campaignctl profiles list).</source>
            <translation>Es gibt kein Profil „%1“ (campaignctl profiles list).</translation>
        </message>
        <message>
            <source>profiles edit needs at least one field to change, e.g. --provider.</source>
            <translation>profiles edit braucht mindestens ein zu änderndes Feld, z. B. --provider.</translation>
        </message>
        <message>
            <source>Changed profile "%1".</source>
            <translation>Profil „%1“ geändert.</translation>
        </message>
        <message>
            <source>Show a saved profile (the current one without NAME).</source>
            <translation>Ein gespeichertes Profil anzeigen (ohne NAME das aktuelle).</translation>
        </message>
        <message>
            <source>The profile to show.</source>
            <translation>Das anzuzeigende Profil.</translation>
        </message>
        <message>
            <source>profiles show takes at most one profile name.</source>
            <translation>profiles show nimmt höchstens einen Profilnamen.</translation>
        </message>
        <message>
            <source>There is no current profile (campaignctl profiles add).</source>
            <translation>Es gibt kein aktuelles Profil (campaignctl profiles add).</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>URL</source>
            <translation>URL</translation>
        </message>
        <message>
            <source>Environment</source>
            <translation>Umgebung</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>Farbe</translation>
        </message>
        <message>
            <source>Sign-in</source>
            <translation>Anmeldung</translation>
        </message>
        <message>
            <source>Provider</source>
            <translation>Anbieter</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(keiner)</translation>
        </message>
        <message>
            <source>Issuer</source>
            <translation>Aussteller</translation>
        </message>
        <message>
            <source>Client id</source>
            <translation>Client-ID</translation>
        </message>
        <message>
            <source>Scopes</source>
            <translation>Berechtigungen</translation>
        </message>
        <message>
            <source>E-mail API</source>
            <translation>E-Mail-API</translation>
        </message>
        <message>
            <source>Anon key</source>
            <translation>Anon-Schlüssel</translation>
        </message>
    </context>
    <context>
        <name>cc::cli::RealtimeProbe</name>
        <message>
            <source>Realtime accepted the connection but did not answer the join within %1 s.</source>
            <translation>Realtime hat die Verbindung angenommen, aber den Kanalbeitritt nicht innerhalb von %1 s beantwortet.</translation>
        </message>
        <message>
            <source>No answer from the realtime server within %1 s.</source>
            <translation>Keine Antwort vom Realtime-Server innerhalb von %1 s.</translation>
        </message>
        <message>
            <source>Check that Realtime is enabled for the project and that nothing between here and the server blocks WebSockets.</source>
            <translation>Prüfen Sie, ob Realtime für das Projekt aktiviert ist und ob nichts zwischen hier und dem Server WebSockets blockiert.</translation>
        </message>
        <message>
            <source>The realtime server closed the connection during the join.</source>
            <translation>Der Realtime-Server hat die Verbindung während des Kanalbeitritts geschlossen.</translation>
        </message>
        <message>
            <source>The server or a proxy drops realtime sockets; on the sandbox, clear injected faults (DELETE /_sandbox/faults).</source>
            <translation>Der Server oder ein Proxy trennt Realtime-Sockets; löschen Sie in der Sandbox die eingespeisten Fehler (DELETE /_sandbox/faults).</translation>
        </message>
        <message>
            <source>The realtime server sent a frame that is not Phoenix 2.0.0 (%1).</source>
            <translation>Der Realtime-Server hat einen Frame gesendet, der nicht Phoenix 2.0.0 entspricht (%1).</translation>
        </message>
        <message>
            <source>Check that the profile's URL is the Supabase project URL.</source>
            <translation>Prüfen Sie, ob die URL des Profils die URL des Supabase-Projekts ist.</translation>
        </message>
        <message>
            <source>Realtime accepts a postgres_changes subscription on campaigns.</source>
            <translation>Realtime akzeptiert ein postgres_changes-Abonnement auf campaigns.</translation>
        </message>
        <message>
            <source>Realtime joined but cannot stream campaign changes: %1</source>
            <translation>Realtime ist dem Kanal beigetreten, kann aber keine Kampagnenänderungen übertragen: %1</translation>
        </message>
        <message>
            <source>Add the table to the publication: alter publication supabase_realtime add table public.campaigns; (resources/supabase/migrations).</source>
            <translation>Fügen Sie die Tabelle zur Publikation hinzu: alter publication supabase_realtime add table public.campaigns; (resources/supabase/migrations).</translation>
        </message>
        <message>
            <source>The realtime server refused the profile's anon key (HTTP %1).</source>
            <translation>Der Realtime-Server hat den anon-Schlüssel des Profils abgelehnt (HTTP %1).</translation>
        </message>
        <message>
            <source>Copy the anon (publishable) key from Project Settings &gt; API and save it in the profile (campaignctl profiles add --anon-key ...).</source>
            <translation>Kopieren Sie den anon-Schlüssel (öffentlicher Schlüssel) aus Project Settings &gt; API und speichern Sie ihn im Profil (campaignctl profiles add --anon-key ...).</translation>
        </message>
        <message>
            <source>The project has no realtime endpoint (HTTP 404).</source>
            <translation>Das Projekt hat keinen Realtime-Endpunkt (HTTP 404).</translation>
        </message>
        <message>
            <source>Check that the profile's URL is the project URL and that Realtime is enabled.</source>
            <translation>Prüfen Sie, ob die URL des Profils die Projekt-URL ist und ob Realtime aktiviert ist.</translation>
        </message>
        <message>
            <source>The realtime handshake failed with HTTP %1.</source>
            <translation>Der Realtime-Handshake ist mit HTTP %1 fehlgeschlagen.</translation>
        </message>
        <message>
            <source>This is on the server side: check the project's status in the Supabase dashboard.</source>
            <translation>Das Problem liegt auf der Serverseite: Prüfen Sie den Status des Projekts im Supabase-Dashboard.</translation>
        </message>
        <message>
            <source>No answer from the realtime server: %1.</source>
            <translation>Keine Antwort vom Realtime-Server: %1.</translation>
        </message>
        <message>
            <source>Check the URL in the profile (--url) and the network; on the sandbox, clear injected faults (DELETE /_sandbox/faults).</source>
            <translation>Prüfen Sie die URL im Profil (--url) und das Netzwerk; löschen Sie in der Sandbox die eingespeisten Fehler (DELETE /_sandbox/faults).</translation>
        </message>
        <message>
            <source>Realtime refused the join: %1</source>
            <translation>Realtime hat den Kanalbeitritt abgelehnt: %1</translation>
        </message>
        <message>
            <source>The sandbox injects realtime faults: clear them with DELETE /_sandbox/faults.</source>
            <translation>Die Sandbox speist Realtime-Fehler ein: Löschen Sie sie mit DELETE /_sandbox/faults.</translation>
        </message>
        <message>
            <source>Enable Realtime for the project in the Supabase dashboard.</source>
            <translation>Aktivieren Sie Realtime für das Projekt im Supabase-Dashboard.</translation>
        </message>
        <message>
            <source>Too many realtime clients or joins: close other consoles and retry.</source>
            <translation>Zu viele Realtime-Clients oder Kanalbeitritte: Schließen Sie andere Konsolen und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>Check the project's realtime authorization policies (realtime.messages).</source>
            <translation>Prüfen Sie die Realtime-Autorisierungsrichtlinien des Projekts (realtime.messages).</translation>
        </message>
        <message>
            <source>This is on the server side: check the project's status in the Supabase dashboard and try again later.</source>
            <translation>Das Problem liegt auf der Serverseite: Prüfen Sie den Status des Projekts im Supabase-Dashboard und versuchen Sie es später erneut.</translation>
        </message>
    </context>
    <context>
        <name>cc::cli::WatchCommand</name>
        <message>
            <source>%1: %2 → %3</source>
            <translation>%1: %2 → %3</translation>
        </message>
        <message>
            <source>Print every change to campaigns as it happens, until interrupted (Ctrl+C).
Uses the profile's session (campaignctl login); with --demo, the demo's administrator.</source>
            <translation>Jede Änderung an Kampagnen ausgeben, sobald sie geschieht, bis zur Unterbrechung (Strg+C).
Verwendet die Sitzung des Profils (campaignctl login); mit --demo den Administrator der Demo.</translation>
        </message>
        <message>
            <source>Only changes of kind &lt;kind&gt;: INSERT, UPDATE, DELETE or *.</source>
            <translation>Nur Änderungen der Art &lt;kind&gt;: INSERT, UPDATE, DELETE oder *.</translation>
        </message>
        <message>
            <source>Only rows matching &lt;expr&gt;, e.g. status=eq.active.</source>
            <translation>Nur Zeilen, die &lt;expr&gt; entsprechen, z. B. status=eq.active.</translation>
        </message>
        <message>
            <source>Stop after &lt;n&gt; changes.</source>
            <translation>Nach &lt;n&gt; Änderungen beenden.</translation>
        </message>
        <message>
            <source>--max-events needs a number of one or more.</source>
            <translation>--max-events benötigt eine Zahl größer oder gleich eins.</translation>
        </message>
        <message>
            <source>watch: %1</source>
            <translation>watch: %1</translation>
        </message>
        <message>
            <source>campaignctl: %1</source>
            <translation>campaignctl: %1</translation>
        </message>
    </context>
    <context>
        <name>cc::data::CacheDatabase</name>
        <message>
            <source>the cached campaigns</source>
            <translation>der Kampagnen-Cache</translation>
        </message>
        <message>
            <source>the sync time</source>
            <translation>der Synchronisierungszeitpunkt</translation>
        </message>
    </context>
    <context>
        <name>cc::data::CampaignRepository</name>
        <message>
            <source>%1 cannot be set to that value.</source>
            <translation>%1 kann nicht auf diesen Wert gesetzt werden.</translation>
        </message>
        <message>
            <source>The campaign no longer exists.</source>
            <translation>Die Kampagne existiert nicht mehr.</translation>
        </message>
        <message>
            <source>Someone else changed this campaign in the meantime.</source>
            <translation>Jemand anderes hat diese Kampagne inzwischen geändert.</translation>
        </message>
    </context>
    <context>
        <name>cc::data::CampaignRules</name>
        <message>
            <source>Enter a name of 1 to %1 characters.</source>
            <translation>Geben Sie einen Namen mit 1 bis %1 Zeichen ein.</translation>
        </message>
        <message>
            <source>Choose one of: %1.</source>
            <translation>Wählen Sie einen dieser Werte: %1.</translation>
        </message>
        <message>
            <source>The budget must be zero or more.</source>
            <translation>Das Budget muss null oder größer sein.</translation>
        </message>
        <message>
            <source>Use a three-letter upper-case currency code such as EUR.</source>
            <translation>Verwenden Sie einen Währungscode aus drei Großbuchstaben, etwa EUR.</translation>
        </message>
        <message>
            <source>The end date must not be before the start date.</source>
            <translation>Das Enddatum darf nicht vor dem Startdatum liegen.</translation>
        </message>
        <message>
            <source>This is not a valid value for %1.</source>
            <translation>Dies ist kein gültiger Wert für %1.</translation>
        </message>
        <message>
            <source>Must be a whole number from 0 to %L1.</source>
            <translation>Muss eine ganze Zahl von 0 bis %L1 sein.</translation>
        </message>
        <message>
            <source>A name cannot hold control characters such as tabs or line breaks.</source>
            <translation>Ein Name darf keine Steuerzeichen wie Tabulatoren oder Zeilenumbrüche enthalten.</translation>
        </message>
        <message>
            <source>Enter a name that is more than spaces.</source>
            <translation>Geben Sie einen Namen ein, der nicht nur aus Leerzeichen besteht.</translation>
        </message>
        <message>
            <source>The budget must be below %L1 with at most two decimals.</source>
            <translation>Das Budget muss unter %L1 liegen und darf höchstens zwei Nachkommastellen haben.</translation>
        </message>
    </context>
    <context>
        <name>cc::data::OutboxDatabase</name>
        <message>
            <source>the change</source>
            <translation>die Änderung</translation>
        </message>
        <message>
            <source>the outbox</source>
            <translation>der Postausgang</translation>
        </message>
        <message>
            <source>There is no conflict to resolve for that change.</source>
            <translation>Für diese Änderung gibt es keinen Konflikt aufzulösen.</translation>
        </message>
        <message>
            <source>Only a change the server refused can be sent again.</source>
            <translation>Nur eine vom Server abgelehnte Änderung kann erneut gesendet werden.</translation>
        </message>
    </context>
    <context>
        <name>cc::data::OutboxRecovery</name>
        <message numerus="yes">
            <source>The list of changes waiting to be sent was damaged. %n change(s) could be read and were kept; the damaged file was moved to %1.</source>
            <translation>
                <numerusform>Die Liste der Änderungen, die auf das Senden warten, war beschädigt. %n Änderung konnte gelesen werden und wurde behalten; die beschädigte Datei wurde nach %1 verschoben.</numerusform>
                <numerusform>Die Liste der Änderungen, die auf das Senden warten, war beschädigt. %n Änderungen konnten gelesen werden und wurden behalten; die beschädigte Datei wurde nach %1 verschoben.</numerusform>
            </translation>
        </message>
        <message>
            <source>The damaged list of changes could not be moved aside.</source>
            <translation>Die beschädigte Liste der Änderungen konnte nicht beiseitegelegt werden.</translation>
        </message>
    </context>
    <context>
        <name>cc::data::SqliteFile</name>
        <message>
            <source>The disk is full: %1 could not be saved.</source>
            <translation>Die Festplatte ist voll; %1 konnte nicht gespeichert werden.</translation>
        </message>
        <message>
            <source>The local database failed: %1.</source>
            <translation>Fehler in der lokalen Datenbank: %1.</translation>
        </message>
        <message>
            <source>The local database is damaged and could not be moved aside.</source>
            <translation>Die lokale Datenbank ist beschädigt und konnte nicht beiseitegelegt werden.</translation>
        </message>
        <message>
            <source>The folder for the local database could not be created.</source>
            <translation>Der Ordner für die lokale Datenbank konnte nicht angelegt werden.</translation>
        </message>
        <message>
            <source>The local database could not be created.</source>
            <translation>Die lokale Datenbank konnte nicht angelegt werden.</translation>
        </message>
        <message>
            <source>The local database could not be opened.</source>
            <translation>Die lokale Datenbank konnte nicht geöffnet werden.</translation>
        </message>
        <message>
            <source>The local database is damaged.</source>
            <translation>Die lokale Datenbank ist beschädigt.</translation>
        </message>
        <message>
            <source>The local database was written by a newer version.</source>
            <translation>Die lokale Datenbank wurde von einer neueren Version geschrieben.</translation>
        </message>
        <message>
            <source>the schema</source>
            <translation>das Schema</translation>
        </message>
    </context>
    <context>
        <name>cc::email::EmailClient</name>
        <message>
            <source>No e-mail API key is set for this profile. Add one in Settings.</source>
            <translation>Für dieses Profil ist kein E-Mail-API-Schlüssel festgelegt. Fügen Sie einen in den Einstellungen hinzu.</translation>
        </message>
        <message>
            <source>The e-mail service gave an answer the console does not understand.</source>
            <translation>Der E-Mail-Dienst hat eine Antwort gegeben, die die Konsole nicht versteht.</translation>
        </message>
        <message>
            <source>The e-mail service refused the API key. Check the key in Settings.</source>
            <translation>Der E-Mail-Dienst hat den API-Schlüssel abgelehnt. Prüfen Sie den Schlüssel in den Einstellungen.</translation>
        </message>
        <message>
            <source>The e-mail service refused the message: %1</source>
            <translation>Der E-Mail-Dienst hat die Nachricht abgelehnt: %1</translation>
        </message>
    </context>
    <context>
        <name>cc::email::EmailMessage</name>
        <message>
            <source>Enter at least one recipient.</source>
            <translation>Geben Sie mindestens einen Empfänger ein.</translation>
        </message>
        <message>
            <source>At most %1 recipients are allowed.</source>
            <translation>Höchstens %1 Empfänger sind erlaubt.</translation>
        </message>
        <message>
            <source>“%1” is not an e-mail address.</source>
            <translation>„%1“ ist keine E-Mail-Adresse.</translation>
        </message>
        <message>
            <source>Enter a subject.</source>
            <translation>Geben Sie einen Betreff ein.</translation>
        </message>
        <message>
            <source>The subject is too long (at most %1 characters).</source>
            <translation>Der Betreff ist zu lang (höchstens %1 Zeichen).</translation>
        </message>
        <message>
            <source>The subject must be a single line.</source>
            <translation>Der Betreff muss einzeilig sein.</translation>
        </message>
        <message>
            <source>Enter the message text.</source>
            <translation>Geben Sie den Nachrichtentext ein.</translation>
        </message>
        <message>
            <source>The message is too large (at most %1 KiB).</source>
            <translation>Die Nachricht ist zu groß (höchstens %1 KiB).</translation>
        </message>
        <message>
            <source>The campaign id is not a valid id.</source>
            <translation>Die Kampagnen-ID ist keine gültige ID.</translation>
        </message>
    </context>
    <context>
        <name>cc::health::BackendHealthDocument</name>
        <message>
            <source>No answer</source>
            <translation>Keine Antwort</translation>
        </message>
        <message>
            <source>HTTP %1</source>
            <translation>HTTP %1</translation>
        </message>
        <message>
            <source>The health endpoint answered HTTP %1 without a health document</source>
            <translation>Der Status-Endpunkt hat mit HTTP %1 geantwortet, aber kein Statusdokument geliefert</translation>
        </message>
        <message>
            <source>Unreadable health document</source>
            <translation>Unlesbares Statusdokument</translation>
        </message>
        <message>
            <source>The health endpoint's answer is not a health document</source>
            <translation>Die Antwort des Status-Endpunkts ist kein Statusdokument</translation>
        </message>
        <message>
            <source>A check in the health document has no name or no verdict</source>
            <translation>Eine Prüfung im Statusdokument hat keinen Namen oder kein Ergebnis</translation>
        </message>
        <message>
            <source>failing</source>
            <translation>fehlgeschlagen</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message numerus="yes">
            <source>%n check(s) passing</source>
            <translation>
                <numerusform>%n Prüfung bestanden</numerusform>
                <numerusform>%n Prüfungen bestanden</numerusform>
            </translation>
        </message>
        <message>
            <source>Reports "%1"</source>
            <translation>Meldet „%1“</translation>
        </message>
        <message>
            <source>The backend reports itself %1 without naming a failing check</source>
            <translation>Das Backend meldet den Zustand „%1“, ohne eine fehlgeschlagene Prüfung zu nennen</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n check(s) failing</source>
            <translation>
                <numerusform>%1 von %n Prüfung fehlgeschlagen</numerusform>
                <numerusform>%1 von %n Prüfungen fehlgeschlagen</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cc::health::CacheHealthCheck</name>
        <message>
            <source>Local cache</source>
            <translation>Lokaler Cache</translation>
        </message>
        <message>
            <source>cannot open the cache: %1</source>
            <translation>der Cache kann nicht geöffnet werden: %1</translation>
        </message>
        <message>
            <source>the cache file is damaged: %1</source>
            <translation>die Cache-Datei ist beschädigt: %1</translation>
        </message>
        <message>
            <source>the free space of the disk is unknown</source>
            <translation>der freie Speicherplatz auf der Festplatte ist unbekannt</translation>
        </message>
        <message>
            <source>only %1 free on the cache's disk</source>
            <translation>nur %1 frei auf der Festplatte des Caches</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>unbekannt</translation>
        </message>
        <message>
            <source>No cache file yet; %1 free</source>
            <translation>Noch keine Cache-Datei; freier Speicher: %1</translation>
        </message>
        <message>
            <source>Intact; %1 free</source>
            <translation>Intakt; freier Speicher: %1</translation>
        </message>
        <message>
            <source>Cache damaged</source>
            <translation>Cache beschädigt</translation>
        </message>
        <message>
            <source>Disk nearly full</source>
            <translation>Festplatte fast voll</translation>
        </message>
    </context>
    <context>
        <name>cc::health::HealthAggregator</name>
        <message>
            <source>Circuit breaker %1</source>
            <translation>Schutzschalter %1</translation>
        </message>
        <message>
            <source>Circuit breaker half-open: probing the service</source>
            <translation>Schutzschalter halb offen: Dienst wird getestet</translation>
        </message>
        <message>
            <source>%1% of recent calls failed</source>
            <translation>%1 % der letzten Aufrufe sind fehlgeschlagen</translation>
        </message>
        <message>
            <source>Slow calls: p95 %L1 ms</source>
            <translation>Langsame Aufrufe: p95 %L1 ms</translation>
        </message>
        <message>
            <source>Starting up…</source>
            <translation>Wird gestartet…</translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>Wird geprüft…</translation>
        </message>
        <message>
            <source>No checks configured</source>
            <translation>Keine Prüfungen eingerichtet</translation>
        </message>
        <message>
            <source>1 service down, %1 degraded</source>
            <translation>1 Dienst gestört, %1 beeinträchtigt</translation>
        </message>
        <message numerus="yes">
            <source>%n services down, %1 degraded</source>
            <translation>
                <numerusform>%n Dienst gestört, %1 beeinträchtigt</numerusform>
                <numerusform>%n Dienste gestört, %1 beeinträchtigt</numerusform>
            </translation>
        </message>
        <message>
            <source>1 service down</source>
            <translation>1 Dienst gestört</translation>
        </message>
        <message numerus="yes">
            <source>%n services down</source>
            <translation>
                <numerusform>%n Dienst gestört</numerusform>
                <numerusform>%n Dienste gestört</numerusform>
            </translation>
        </message>
        <message>
            <source>1 service degraded</source>
            <translation>1 Dienst beeinträchtigt</translation>
        </message>
        <message numerus="yes">
            <source>%n services degraded</source>
            <translation>
                <numerusform>%n Dienst beeinträchtigt</numerusform>
                <numerusform>%n Dienste beeinträchtigt</numerusform>
            </translation>
        </message>
        <message>
            <source>Checking 1 service…</source>
            <translation>1 Dienst wird geprüft…</translation>
        </message>
        <message numerus="yes">
            <source>Checking %n services…</source>
            <translation>
                <numerusform>%n Dienst wird geprüft…</numerusform>
                <numerusform>%n Dienste werden geprüft…</numerusform>
            </translation>
        </message>
        <message>
            <source>All checked systems operational, 1 not checked</source>
            <translation>Alle geprüften Systeme betriebsbereit, 1 nicht geprüft</translation>
        </message>
        <message numerus="yes">
            <source>All checked systems operational, %n not checked</source>
            <translation>
                <numerusform>Alle geprüften Systeme betriebsbereit, %n nicht geprüft</numerusform>
                <numerusform>Alle geprüften Systeme betriebsbereit, %n nicht geprüft</numerusform>
            </translation>
        </message>
        <message>
            <source>All systems operational</source>
            <translation>Alle Systeme betriebsbereit</translation>
        </message>
        <message>
            <source>Starting up</source>
            <translation>Startet</translation>
        </message>
        <message>
            <source>Checking</source>
            <translation>Wird geprüft</translation>
        </message>
    </context>
    <context>
        <name>cc::health::HealthHistory</name>
        <message>
            <source>the health history</source>
            <translation>der Zustandsverlauf</translation>
        </message>
    </context>
    <context>
        <name>cc::health::HealthHistoryService</name>
        <message>
            <source>The health history is not available</source>
            <translation>Der Zustandsverlauf ist nicht verfügbar</translation>
        </message>
    </context>
    <context>
        <name>cc::health::HealthMonitor</name>
        <message>
            <source>No answer</source>
            <translation>Keine Antwort</translation>
        </message>
        <message>
            <source>The check did not answer within %L1 s</source>
            <translation>Die Prüfung hat nicht innerhalb von %L1 s geantwortet</translation>
        </message>
        <message>
            <source>The check failed</source>
            <translation>Die Prüfung ist fehlgeschlagen</translation>
        </message>
        <message>
            <source>It threw an unknown exception</source>
            <translation>Sie hat eine unbekannte Ausnahme ausgelöst</translation>
        </message>
        <message>
            <source>Invalid result</source>
            <translation>Ungültiges Ergebnis</translation>
        </message>
        <message>
            <source>The check returned an invalid result: %1</source>
            <translation>Die Prüfung hat ein ungültiges Ergebnis geliefert: %1</translation>
        </message>
    </context>
    <context>
        <name>cc::health::HealthStates</name>
        <message>
            <source>Healthy</source>
            <translation>Betriebsbereit</translation>
        </message>
        <message>
            <source>Degraded</source>
            <translation>Beeinträchtigt</translation>
        </message>
        <message>
            <source>Down</source>
            <translation>Gestört</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Unbekannt</translation>
        </message>
    </context>
    <context>
        <name>cc::health::HttpHealthCheck</name>
        <message>
            <source>Refused by the open circuit breaker</source>
            <translation>Vom offenen Schutzschalter abgewiesen</translation>
        </message>
        <message>
            <source>HTTP %1</source>
            <translation>HTTP %1</translation>
        </message>
        <message>
            <source>Unexpected answer</source>
            <translation>Unerwartete Antwort</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Slow: answered in %L1 ms</source>
            <translation>Langsam: Antwort in %L1 ms</translation>
        </message>
        <message>
            <source>The answer took %L1 ms (more than %L2 ms)</source>
            <translation>Die Antwort dauerte %L1 ms (mehr als %L2 ms)</translation>
        </message>
        <message>
            <source>Answered in %L1 ms</source>
            <translation>Antwort in %L1 ms</translation>
        </message>
        <message>
            <source>not a JSON array</source>
            <translation>kein JSON-Array</translation>
        </message>
        <message>
            <source>not a JSON object</source>
            <translation>kein JSON-Objekt</translation>
        </message>
        <message>
            <source>no version or name</source>
            <translation>weder Version noch Name</translation>
        </message>
        <message>
            <source>status is "%1"</source>
            <translation>Status ist „%1“</translation>
        </message>
    </context>
    <context>
        <name>cc::health::KeychainHealthCheck</name>
        <message>
            <source>Keychain</source>
            <translation>Schlüsselbund</translation>
        </message>
        <message>
            <source>Locked</source>
            <translation>Gesperrt</translation>
        </message>
        <message>
            <source>The keychain is locked: the session will not be remembered</source>
            <translation>Der Schlüsselbund ist gesperrt: Die Sitzung wird nicht gespeichert</translation>
        </message>
        <message>
            <source>Not available</source>
            <translation>Nicht verfügbar</translation>
        </message>
        <message>
            <source>Available and unlocked</source>
            <translation>Verfügbar und entsperrt</translation>
        </message>
    </context>
    <context>
        <name>cc::health::RealtimeHealthCheck</name>
        <message>
            <source>Realtime</source>
            <translation>Realtime</translation>
        </message>
        <message>
            <source>Unknown: realtime not connected</source>
            <translation>Unbekannt: Realtime nicht verbunden</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>unbekannt</translation>
        </message>
        <message>
            <source>Socket %1</source>
            <translation>Socket %1</translation>
        </message>
        <message>
            <source>The realtime socket is not connected</source>
            <translation>Der Realtime-Socket ist nicht verbunden</translation>
        </message>
        <message>
            <source>No heartbeat reply</source>
            <translation>Keine Heartbeat-Antwort</translation>
        </message>
        <message>
            <source>The socket is open but the heartbeat was not answered</source>
            <translation>Der Socket ist offen, aber der Heartbeat wurde nicht beantwortet</translation>
        </message>
        <message>
            <source>Heartbeat in %L1 ms</source>
            <translation>Heartbeat in %L1 ms</translation>
        </message>
        <message>
            <source>The heartbeat took %L1 ms (more than %L2 ms)</source>
            <translation>Der Heartbeat dauerte %L1 ms (mehr als %L2 ms)</translation>
        </message>
        <message>
            <source>Sign in to receive live changes</source>
            <translation>Melden Sie sich an, um Live-Änderungen zu erhalten</translation>
        </message>
        <message>
            <source>Signed out</source>
            <translation>Abgemeldet</translation>
        </message>
        <message>
            <source>Opening the socket and joining its channels</source>
            <translation>Der Socket wird geöffnet und seinen Kanälen beigetreten</translation>
        </message>
        <message>
            <source>Connecting</source>
            <translation>Verbindet</translation>
        </message>
        <message>
            <source>Connected; the first heartbeat is not due yet</source>
            <translation>Verbunden; der erste Heartbeat ist noch nicht fällig</translation>
        </message>
    </context>
    <context>
        <name>cc::health::ServiceHealth</name>
        <message>
            <source>Open until %1</source>
            <translation>Offen bis %1</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Offen</translation>
        </message>
        <message>
            <source>Half-open (probing)</source>
            <translation>Halb offen (Test läuft)</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Geschlossen</translation>
        </message>
    </context>
    <context>
        <name>cc::health::StandardChecks</name>
        <message>
            <source>REST API</source>
            <translation>REST-API</translation>
        </message>
        <message>
            <source>Auth</source>
            <translation>Auth</translation>
        </message>
        <message>
            <source>E-mail API</source>
            <translation>E-Mail-API</translation>
        </message>
        <message>
            <source>Backend /health</source>
            <translation>Backend /health</translation>
        </message>
    </context>
    <context>
        <name>cc::health::TokenExpiryCheck</name>
        <message>
            <source>Session token</source>
            <translation>Sitzungstoken</translation>
        </message>
        <message>
            <source>Not signed in</source>
            <translation>Nicht angemeldet</translation>
        </message>
        <message>
            <source>Expiry unknown</source>
            <translation>Ablauf unbekannt</translation>
        </message>
        <message>
            <source>The access token does not say when it expires</source>
            <translation>Das Zugriffstoken gibt nicht an, wann es abläuft</translation>
        </message>
        <message>
            <source>Expired, refreshing</source>
            <translation>Abgelaufen, wird erneuert</translation>
        </message>
        <message>
            <source>The access token expired; a refresh is under way</source>
            <translation>Das Zugriffstoken ist abgelaufen; es wird gerade erneuert</translation>
        </message>
        <message>
            <source>Expired</source>
            <translation>Abgelaufen</translation>
        </message>
        <message numerus="yes">
            <source>The access token expired %n minute(s) ago</source>
            <translation>
                <numerusform>Das Zugriffstoken ist vor %n Minute abgelaufen</numerusform>
                <numerusform>Das Zugriffstoken ist vor %n Minuten abgelaufen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Expires in %n minute(s)</source>
            <translation>
                <numerusform>Läuft in %n Minute ab</numerusform>
                <numerusform>Läuft in %n Minuten ab</numerusform>
            </translation>
        </message>
        <message>
            <source>The access token expires soon and no refresh is planned</source>
            <translation>Das Zugriffstoken läuft bald ab, und es ist keine Erneuerung geplant</translation>
        </message>
        <message numerus="yes">
            <source>Valid for %n more minute(s)</source>
            <translation>
                <numerusform>Noch %n Minute gültig</numerusform>
                <numerusform>Noch %n Minuten gültig</numerusform>
            </translation>
        </message>
        <message>
            <source>Signed out</source>
            <translation>Abgemeldet</translation>
        </message>
    </context>
    <context>
        <name>cc::net::ApiClient</name>
        <message>
            <source>The service "%1" is busy and cannot be reconfigured now.</source>
            <translation>Der Dienst „%1“ ist beschäftigt und kann jetzt nicht neu konfiguriert werden.</translation>
        </message>
        <message>
            <source>reset by hand</source>
            <translation>manuell zurückgesetzt</translation>
        </message>
    </context>
    <context>
        <name>cc::net::ErrorMapper</name>
        <message>
            <source>Expected exactly one matching record, but the server found none or several.</source>
            <translation>Genau ein passender Datensatz wurde erwartet, aber der Server hat keinen oder mehrere gefunden.</translation>
        </message>
        <message>
            <source>The server rejected the request as invalid.</source>
            <translation>Der Server hat die Anfrage als ungültig abgelehnt.</translation>
        </message>
        <message>
            <source>You are not signed in, or your session has expired.</source>
            <translation>Sie sind nicht angemeldet, oder Ihre Sitzung ist abgelaufen.</translation>
        </message>
        <message>
            <source>You do not have permission to do this.</source>
            <translation>Sie haben keine Berechtigung dafür.</translation>
        </message>
        <message>
            <source>The requested record or address was not found.</source>
            <translation>Der angeforderte Datensatz oder die Adresse wurde nicht gefunden.</translation>
        </message>
        <message>
            <source>The server gave up waiting for the request.</source>
            <translation>Der Server hat das Warten auf die Anfrage aufgegeben.</translation>
        </message>
        <message>
            <source>The change conflicts with existing data, for example a duplicate.</source>
            <translation>Die Änderung steht im Konflikt mit vorhandenen Daten, zum Beispiel einem Duplikat.</translation>
        </message>
        <message>
            <source>The request is too large for the server.</source>
            <translation>Die Anfrage ist für den Server zu groß.</translation>
        </message>
        <message>
            <source>The requested page lies beyond the end of the results.</source>
            <translation>Die angeforderte Seite liegt hinter dem Ende der Ergebnisse.</translation>
        </message>
        <message>
            <source>The server is receiving too many requests; please wait a moment.</source>
            <translation>Der Server erhält zu viele Anfragen; bitte warten Sie einen Moment.</translation>
        </message>
        <message>
            <source>The server ran into an internal error.</source>
            <translation>Auf dem Server ist ein interner Fehler aufgetreten.</translation>
        </message>
        <message>
            <source>The service is temporarily unavailable.</source>
            <translation>Der Dienst ist vorübergehend nicht verfügbar.</translation>
        </message>
        <message>
            <source>The server refused the connection; is it running?</source>
            <translation>Der Server hat die Verbindung abgelehnt; läuft er?</translation>
        </message>
        <message>
            <source>The server's name could not be found; check the address.</source>
            <translation>Der Name des Servers wurde nicht gefunden; prüfen Sie die Adresse.</translation>
        </message>
        <message>
            <source>The server closed the connection before answering completely.</source>
            <translation>Der Server hat die Verbindung geschlossen, bevor die Antwort vollständig war.</translation>
        </message>
        <message>
            <source>The server redirected to an insecure address; the console refused.</source>
            <translation>Der Server hat auf eine unsichere Adresse umgeleitet; die Konsole hat das abgelehnt.</translation>
        </message>
        <message numerus="yes">
            <source>The server did not answer in time (%n attempt(s)).</source>
            <translation>
                <numerusform>Der Server hat nicht rechtzeitig geantwortet (%n Versuch).</numerusform>
                <numerusform>Der Server hat nicht rechtzeitig geantwortet (%n Versuche).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The %1 service is failing; the console will try it again in %n second(s).</source>
            <translation>
                <numerusform>Der Dienst %1 fällt aus; die Konsole versucht es in %n Sekunde erneut.</numerusform>
                <numerusform>Der Dienst %1 fällt aus; die Konsole versucht es in %n Sekunden erneut.</numerusform>
            </translation>
        </message>
        <message>
            <source>The %1 service is failing; the console is testing whether it has recovered.</source>
            <translation>Der Dienst %1 fällt aus; die Konsole prüft, ob er wieder funktioniert.</translation>
        </message>
        <message>
            <source>Too many requests are waiting; please try again in a moment.</source>
            <translation>Zu viele Anfragen warten; bitte versuchen Sie es gleich noch einmal.</translation>
        </message>
        <message>
            <source>The server keeps redirecting; check the service's address.</source>
            <translation>Der Server leitet immer weiter um; prüfen Sie die Adresse des Dienstes.</translation>
        </message>
    </context>
    <context>
        <name>cc::realtime::ChangeBinding</name>
        <message>
            <source>The change subscription is not valid: %1</source>
            <translation>Das Änderungsabonnement ist ungültig: %1</translation>
        </message>
    </context>
    <context>
        <name>cc::realtime::ChangeCatchUp</name>
        <message>
            <source>The catch-up was cancelled.</source>
            <translation>Das Nachholen wurde abgebrochen.</translation>
        </message>
    </context>
    <context>
        <name>cc::realtime::FeedHistory</name>
        <message>
            <source>the live feed history</source>
            <translation>der Verlauf des Live-Feeds</translation>
        </message>
    </context>
    <context>
        <name>cc::realtime::PhoenixMessage</name>
        <message>
            <source>The realtime server sent a message the console does not understand.</source>
            <translation>Der Realtime-Server hat eine Nachricht gesendet, die die Konsole nicht versteht.</translation>
        </message>
    </context>
    <context>
        <name>cc::realtime::PostgresChange</name>
        <message>
            <source>The realtime server sent a row change the console does not understand.</source>
            <translation>Der Realtime-Server hat eine Zeilenänderung gesendet, die die Konsole nicht versteht.</translation>
        </message>
    </context>
    <context>
        <name>cc::realtime::RealtimeClient</name>
        <message>
            <source>Live updates need a signed-in user.</source>
            <translation>Live-Aktualisierungen erfordern einen angemeldeten Benutzer.</translation>
        </message>
        <message>
            <source>Live updates stopped: the access token has expired and could not be renewed. Sign in again to resume.</source>
            <translation>Live-Aktualisierungen gestoppt: Das Zugriffstoken ist abgelaufen und konnte nicht erneuert werden. Melden Sie sich erneut an, um fortzufahren.</translation>
        </message>
        <message>
            <source>Live updates are not available: the server did not accept the subscription as asked.</source>
            <translation>Live-Aktualisierungen sind nicht verfügbar: Der Server hat das Abonnement nicht wie angefragt angenommen.</translation>
        </message>
        <message>
            <source>Live updates are not available: %1</source>
            <translation>Live-Aktualisierungen sind nicht verfügbar: %1</translation>
        </message>
        <message>
            <source>Live updates stopped: the server refused the sign-in %1 times in a row (%2). Sign in again to resume.</source>
            <translation>Live-Aktualisierungen gestoppt: Der Server hat die Anmeldung %1-mal in Folge abgelehnt (%2). Melden Sie sich erneut an, um fortzufahren.</translation>
        </message>
        <message>
            <source>Live updates were interrupted: %1</source>
            <translation>Live-Aktualisierungen wurden unterbrochen: %1</translation>
        </message>
    </context>
    <context>
        <name>cc::sandbox::LoginPages</name>
        <message>
            <source>E-mail</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Passwort</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>Anmelden</translation>
        </message>
        <message>
            <source>Demo users</source>
            <translation>Demo-Benutzer</translation>
        </message>
        <message>
            <source>The sandbox prints their passwords when it starts.</source>
            <translation>Die Sandbox gibt ihre Passwörter beim Start aus.</translation>
        </message>
        <message>
            <source>Allow</source>
            <translation>Erlauben</translation>
        </message>
        <message>
            <source>Deny</source>
            <translation>Ablehnen</translation>
        </message>
        <message>
            <source>Sign-in failed</source>
            <translation>Anmeldung fehlgeschlagen</translation>
        </message>
    </context>
    <context>
        <name>cc::sandbox::OAuthServer</name>
        <message>
            <source>The sign-in request repeats the parameter %1.</source>
            <translation>Die Anmeldeanfrage wiederholt den Parameter %1.</translation>
        </message>
        <message>
            <source>The application asking you to sign in is not registered.</source>
            <translation>Die Anwendung, die Sie zur Anmeldung auffordert, ist nicht registriert.</translation>
        </message>
        <message>
            <source>The application's redirect address is not registered.</source>
            <translation>Die Weiterleitungsadresse der Anwendung ist nicht registriert.</translation>
        </message>
        <message>
            <source>No sign-in provider was named.</source>
            <translation>Es wurde kein Anmeldeanbieter angegeben.</translation>
        </message>
        <message>
            <source>The application's redirect address is not allowed.</source>
            <translation>Die Weiterleitungsadresse der Anwendung ist nicht erlaubt.</translation>
        </message>
        <message>
            <source>Sign in to the Campaign Console sandbox</source>
            <translation>Bei der Sandbox von Campaign Console anmelden</translation>
        </message>
        <message>
            <source>The e-mail address or the password is wrong.</source>
            <translation>Die E-Mail-Adresse oder das Passwort ist falsch.</translation>
        </message>
        <message>
            <source>Allow Campaign Console to use the sandbox as %1?</source>
            <translation>Campaign Console erlauben, die Sandbox als %1 zu verwenden?</translation>
        </message>
        <message>
            <source>This sign-in page has expired. Start signing in again.</source>
            <translation>Diese Anmeldeseite ist abgelaufen. Beginnen Sie die Anmeldung erneut.</translation>
        </message>
    </context>
    <context>
        <name>cc::sandbox::SandboxOptions</name>
        <message>
            <source>Listen on &lt;address&gt; (default 127.0.0.1).</source>
            <translation>Auf &lt;address&gt; lauschen (Standard: 127.0.0.1).</translation>
        </message>
        <message>
            <source>Listen on &lt;port&gt; (default 0: any free port).</source>
            <translation>Auf &lt;port&gt; lauschen (Standard 0: ein freier Port).</translation>
        </message>
        <message>
            <source>SQLite database &lt;file&gt;, or :memory: (default).</source>
            <translation>SQLite-Datenbank &lt;file&gt; oder :memory: (Standard).</translation>
        </message>
        <message>
            <source>Create &lt;n&gt; demo campaigns.</source>
            <translation>&lt;n&gt; Demo-Kampagnen anlegen.</translation>
        </message>
        <message>
            <source>Seed for the demo data's randomness.</source>
            <translation>Startwert für den Zufall der Demodaten.</translation>
        </message>
        <message>
            <source>Secret for signing JWTs (default: random).</source>
            <translation>Geheimnis zum Signieren von JWTs (Standard: zufällig).</translation>
        </message>
        <message>
            <source>Allow listening on a non-loopback address.</source>
            <translation>Lauschen auf einer Adresse außerhalb des Loopbacks erlauben.</translation>
        </message>
        <message>
            <source>Refusing to listen on %1: the sandbox has demo passwords. Use --allow-remote if you mean it.</source>
            <translation>Lauschen auf %1 verweigert: die Sandbox hat Demo-Passwörter. Verwenden Sie --allow-remote, wenn Sie es wirklich wollen.</translation>
        </message>
        <message>
            <source>--port must be a number from 0 to 65535.</source>
            <translation>--port muss eine Zahl von 0 bis 65535 sein.</translation>
        </message>
        <message>
            <source>--seed must be a number of campaigns (0 or more).</source>
            <translation>--seed muss eine Anzahl von Kampagnen sein (0 oder mehr).</translation>
        </message>
        <message>
            <source>--seed-random must be a number.</source>
            <translation>--seed-random muss eine Zahl sein.</translation>
        </message>
        <message>
            <source>Access-token lifetime in &lt;seconds&gt; (default 3600).</source>
            <translation>Lebensdauer der Zugriffstoken in &lt;seconds&gt; (Standard: 3600).</translation>
        </message>
        <message>
            <source>Fault-injection rules as &lt;json&gt;, e.g. {"seed":1,"rest":{"error_rate":0.2,"status":503}}.</source>
            <translation>Regeln für die Fehlereinspeisung als &lt;json&gt;, z. B. {"seed":1,"rest":{"error_rate":0.2,"status":503}}.</translation>
        </message>
        <message>
            <source>--jwt-expiry must be a number of seconds (1 or more).</source>
            <translation>--jwt-expiry muss eine Anzahl von Sekunden sein (1 oder mehr).</translation>
        </message>
        <message>
            <source>Every &lt;ms&gt; milliseconds a demo marketer changes one of their campaigns (0: never; --demo: %1).</source>
            <translation>Alle &lt;ms&gt; Millisekunden ändert ein Demo-Marketer eine seiner Kampagnen (0: nie; --demo: %1).</translation>
        </message>
        <message>
            <source>--activity must be a number of milliseconds (0 or more).</source>
            <translation>--activity muss eine Anzahl von Millisekunden sein (0 oder mehr).</translation>
        </message>
        <message>
            <source>The sign-in providers to enable, comma-separated (default: sandbox; empty: none).</source>
            <translation>Die zu aktivierenden Anmeldeanbieter, durch Kommas getrennt (Standard: sandbox; leer: keine).</translation>
        </message>
    </context>
    <context>
        <name>cc::sandbox::SandboxServer</name>
        <message>
            <source>The sandbox could not start.</source>
            <translation>Die Sandbox konnte nicht starten.</translation>
        </message>
    </context>
    <context>
        <name>cc::sandbox::SocialPlatforms</name>
        <message>
            <source>The application asking for access is not registered.</source>
            <translation>Die Anwendung, die Zugriff anfordert, ist nicht registriert.</translation>
        </message>
        <message>
            <source>The application's redirect address is not registered.</source>
            <translation>Die Weiterleitungsadresse der Anwendung ist nicht registriert.</translation>
        </message>
        <message>
            <source>Allow Campaign Console to post as %1 on %2?</source>
            <translation>Campaign Console erlauben, als %1 auf %2 zu posten?</translation>
        </message>
        <message>
            <source>This page has expired. Start connecting the account again.</source>
            <translation>Diese Seite ist abgelaufen. Beginnen Sie die Verknüpfung des Kontos erneut.</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::AccountsPage</name>
        <message>
            <source>Working</source>
            <translation>Funktioniert</translation>
        </message>
        <message>
            <source>Expired: refresh or link again</source>
            <translation>Abgelaufen: erneuern oder neu verknüpfen</translation>
        </message>
        <message>
            <source>Not working</source>
            <translation>Funktioniert nicht</translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>Wird geprüft…</translation>
        </message>
        <message>
            <source>Accounts</source>
            <translation>Konten</translation>
        </message>
        <message>
            <source>Your sign-in and the social accounts connected for campaigns.</source>
            <translation>Ihre Anmeldung und die für Kampagnen verbundenen Social-Media-Konten.</translation>
        </message>
        <message>
            <source>Profile</source>
            <translation>Profil</translation>
        </message>
        <message>
            <source>Profile:</source>
            <translation>Profil:</translation>
        </message>
        <message>
            <source>Sign-in</source>
            <translation>Anmeldung</translation>
        </message>
        <message>
            <source>Choose or add a profile to sign in.</source>
            <translation>Wählen Sie ein Profil aus oder fügen Sie eines hinzu, um sich anzumelden.</translation>
        </message>
        <message>
            <source>Sign in with browser</source>
            <translation>Mit Browser anmelden</translation>
        </message>
        <message>
            <source>Sign out</source>
            <translation>Abmelden</translation>
        </message>
        <message>
            <source>Connected accounts</source>
            <translation>Verbundene Konten</translation>
        </message>
        <message>
            <source>Platform</source>
            <translation>Plattform</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Konto</translation>
        </message>
        <message>
            <source>Scopes</source>
            <translation>Scopes</translation>
        </message>
        <message>
            <source>Expires</source>
            <translation>Läuft ab</translation>
        </message>
        <message>
            <source>Health</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Link…</source>
            <translation>Verknüpfen…</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Erneuern</translation>
        </message>
        <message>
            <source>Disconnect</source>
            <translation>Trennen</translation>
        </message>
        <message>
            <source>Sign in to “%1” in your web browser. No keychain is available on this computer, so the session will only last until the console is closed.</source>
            <translation>Melden Sie sich in Ihrem Webbrowser bei „%1“ an. Auf diesem Computer ist kein Schlüsselbund verfügbar, daher gilt die Sitzung nur, bis die Konsole geschlossen wird.</translation>
        </message>
        <message>
            <source>Sign in to “%1” in your web browser. The console never sees your password; it keeps the session in your system keychain.</source>
            <translation>Melden Sie sich in Ihrem Webbrowser bei „%1“ an. Die Konsole sieht Ihr Passwort nie; sie bewahrt die Sitzung im Schlüsselbund Ihres Systems auf.</translation>
        </message>
        <message>
            <source>Signed in to “%1” as %2 (role %3). The session renews itself; the current access token expires at %4.</source>
            <translation>Bei „%1“ als %2 angemeldet (Rolle %3). Die Sitzung erneuert sich selbst; das aktuelle Zugriffstoken läuft am %4 ab.</translation>
        </message>
        <message>
            <source>none</source>
            <translation>keine</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Not linked</source>
            <translation>Nicht verknüpft</translation>
        </message>
        <message>
            <source>Choose a profile to see its connected accounts.</source>
            <translation>Wählen Sie ein Profil, um seine verbundenen Konten zu sehen.</translation>
        </message>
        <message>
            <source>Sign in to link social accounts for campaigns.</source>
            <translation>Melden Sie sich an, um Social-Media-Konten für Kampagnen zu verknüpfen.</translation>
        </message>
        <message>
            <source>This backend offers no social platforms to link.</source>
            <translation>Dieses Backend bietet keine Social-Media-Plattformen zum Verknüpfen an.</translation>
        </message>
        <message>
            <source>Select a platform to link it, refresh its token or disconnect it.</source>
            <translation>Wählen Sie eine Plattform aus, um sie zu verknüpfen, ihr Token zu erneuern oder sie zu trennen.</translation>
        </message>
        <message>
            <source>Waiting for you to finish signing in with your browser… If no browser opened, copy the link and open it yourself. The link is valid for 5 minutes.</source>
            <translation>Warten, bis Sie die Anmeldung im Browser abgeschlossen haben… Falls sich kein Browser geöffnet hat, kopieren Sie den Link und öffnen Sie ihn selbst. Der Link ist 5 Minuten gültig.</translation>
        </message>
        <message>
            <source>Linking…</source>
            <translation>Wird verknüpft…</translation>
        </message>
        <message>
            <source>Finish linking the account in your browser… If no browser opened, copy the link and open it yourself.</source>
            <translation>Schließen Sie die Verknüpfung im Browser ab… Falls sich kein Browser geöffnet hat, kopieren Sie den Link und öffnen Sie ihn selbst.</translation>
        </message>
        <message>
            <source>Linking cancelled.</source>
            <translation>Verknüpfung abgebrochen.</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::BrowserHandOff</name>
        <message>
            <source>Link to open in a browser</source>
            <translation>Link zum Öffnen in einem Browser</translation>
        </message>
        <message>
            <source>Preparing the link…</source>
            <translation>Der Link wird vorbereitet…</translation>
        </message>
        <message>
            <source>Copy link</source>
            <translation>Link kopieren</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Link copied: paste it into a browser on this computer.</source>
            <translation>Link kopiert: Fügen Sie ihn in einen Browser auf diesem Computer ein.</translation>
        </message>
        <message>
            <source>No web browser could be opened on this computer. Copy the link below and open it in a browser on this computer; this page waits for it for 5 minutes.</source>
            <translation>Auf diesem Computer ließ sich kein Webbrowser öffnen. Kopieren Sie den Link unten und öffnen Sie ihn in einem Browser auf diesem Computer; diese Seite wartet 5 Minuten darauf.</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::CampaignActions</name>
        <message>
            <source>&amp;New…</source>
            <translation>&amp;Neu…</translation>
        </message>
        <message>
            <source>D&amp;uplicate…</source>
            <translation>D&amp;uplizieren…</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Löschen</translation>
        </message>
        <message>
            <source>&amp;Pause</source>
            <translation>&amp;Pausieren</translation>
        </message>
        <message>
            <source>&amp;Archive</source>
            <translation>&amp;Archivieren</translation>
        </message>
        <message>
            <source>&amp;Budget…</source>
            <translation>&amp;Budget…</translation>
        </message>
        <message>
            <source>&amp;Export CSV…</source>
            <translation>Als CSV &amp;exportieren…</translation>
        </message>
        <message>
            <source>Send &amp;test e-mail…</source>
            <translation>&amp;Test-E-Mail senden…</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Aktualisieren</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Suchen</translation>
        </message>
        <message>
            <source>&amp;Undo delete</source>
            <translation>Löschen rückgängig &amp;machen</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Select one campaign to duplicate.</source>
            <translation>Wählen Sie eine Kampagne zum Duplizieren aus.</translation>
        </message>
        <message>
            <source>Select one or more campaigns first.</source>
            <translation>Wählen Sie zuerst eine oder mehrere Kampagnen aus.</translation>
        </message>
        <message>
            <source>No campaigns to export: the view is empty.</source>
            <translation>Keine Kampagnen zum Exportieren: Die Ansicht ist leer.</translation>
        </message>
        <message>
            <source>Sending test e-mails needs the e-mail API key: add it in Settings.</source>
            <translation>Für Test-E-Mails wird der Schlüssel der E-Mail-API benötigt: Fügen Sie ihn in den Einstellungen hinzu.</translation>
        </message>
        <message>
            <source>Select one campaign to send a test of.</source>
            <translation>Wählen Sie eine Kampagne aus, von der ein Test gesendet werden soll.</translation>
        </message>
        <message>
            <source>Nothing to undo.</source>
            <translation>Nichts rückgängig zu machen.</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::CampaignChanges</name>
        <message>
            <source>Select the campaigns to delete.</source>
            <translation>Wählen Sie die zu löschenden Kampagnen aus.</translation>
        </message>
        <message>
            <source>Select the campaigns to change.</source>
            <translation>Wählen Sie die zu ändernden Kampagnen aus.</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::CampaignDetailPane</name>
        <message>
            <source>not set</source>
            <translation>nicht festgelegt</translation>
        </message>
        <message>
            <source>Select a campaign to see its details.</source>
            <translation>Wählen Sie eine Kampagne aus, um ihre Details zu sehen.</translation>
        </message>
        <message>
            <source>Resolve &amp;conflict…</source>
            <translation>&amp;Konflikt lösen…</translation>
        </message>
        <message>
            <source>Discard &amp;change</source>
            <translation>Änderung &amp;verwerfen</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Kanal</translation>
        </message>
        <message>
            <source>Budget</source>
            <translation>Budget</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <source>End</source>
            <translation>Ende</translation>
        </message>
        <message>
            <source>Audience</source>
            <translation>Zielgruppe</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Gesendet</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>Geöffnet</translation>
        </message>
        <message>
            <source>Clicked</source>
            <translation>Geklickt</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Erstellt</translation>
        </message>
        <message>
            <source>Last change</source>
            <translation>Letzte Änderung</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>Sync</translation>
        </message>
        <message>
            <source>No campaign selected</source>
            <translation>Keine Kampagne ausgewählt</translation>
        </message>
        <message>
            <source>not on the server yet</source>
            <translation>noch nicht auf dem Server</translation>
        </message>
        <message>
            <source>Saved on the server.</source>
            <translation>Auf dem Server gespeichert.</translation>
        </message>
        <message>
            <source>Changed on this computer; waiting to be sent.</source>
            <translation>Auf diesem Computer geändert; wartet darauf, gesendet zu werden.</translation>
        </message>
        <message>
            <source>Someone else changed it meanwhile: choose which version to keep.</source>
            <translation>Jemand anderes hat sie inzwischen geändert: Wählen Sie, welche Version behalten werden soll.</translation>
        </message>
        <message>
            <source>The server refused the change: %1</source>
            <translation>Der Server hat die Änderung abgelehnt: %1</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::CampaignEditing</name>
        <message>
            <source>“%1” was changed by someone else.</source>
            <translation>„%1“ wurde von jemand anderem geändert.</translation>
        </message>
        <message>
            <source>&amp;Resolve…</source>
            <translation>&amp;Lösen…</translation>
        </message>
        <message>
            <source>The server refused a change: %1</source>
            <translation>Der Server hat eine Änderung abgelehnt: %1</translation>
        </message>
        <message>
            <source>Could not bring the deleted campaigns back: %1</source>
            <translation>Die gelöschten Kampagnen konnten nicht wiederhergestellt werden: %1</translation>
        </message>
        <message>
            <source>Copy of %1</source>
            <translation>Kopie von %1</translation>
        </message>
        <message>
            <source>Duplicate campaign</source>
            <translation>Kampagne duplizieren</translation>
        </message>
        <message>
            <source>Deleted “%1”.</source>
            <translation>„%1“ gelöscht.</translation>
        </message>
        <message numerus="yes">
            <source>Deleted %n campaigns.</source>
            <translation>
                <numerusform>%n Kampagne gelöscht.</numerusform>
                <numerusform>%n Kampagnen gelöscht.</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Rückgängig</translation>
        </message>
        <message numerus="yes">
            <source>%n campaign(s) set to %1.</source>
            <translation>
                <numerusform>Status von %n Kampagne auf %1 gesetzt.</numerusform>
                <numerusform>Status von %n Kampagnen auf %1 gesetzt.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Budget of %n campaign(s) set to %1.</source>
            <translation>
                <numerusform>Budget von %n Kampagne auf %1 gesetzt.</numerusform>
                <numerusform>Budget von %n Kampagnen auf %1 gesetzt.</numerusform>
            </translation>
        </message>
        <message>
            <source>Change budget</source>
            <translation>Budget ändern</translation>
        </message>
        <message numerus="yes">
            <source>New budget for %n selected campaign(s):</source>
            <translation>
                <numerusform>Neues Budget für %n ausgewählte Kampagne:</numerusform>
                <numerusform>Neues Budget für %n ausgewählte Kampagnen:</numerusform>
            </translation>
        </message>
        <message>
            <source>There is no conflict to resolve for this campaign.</source>
            <translation>Für diese Kampagne gibt es keinen Konflikt zu lösen.</translation>
        </message>
        <message>
            <source>Created “%1”.</source>
            <translation>„%1“ angelegt.</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::CampaignEditorDialog</name>
        <message>
            <source>New campaign</source>
            <translation>Neue Kampagne</translation>
        </message>
        <message>
            <source>Edit campaign</source>
            <translation>Kampagne bearbeiten</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Name</translation>
        </message>
        <message>
            <source>&amp;Status</source>
            <translation>&amp;Status</translation>
        </message>
        <message>
            <source>C&amp;hannel</source>
            <translation>&amp;Kanal</translation>
        </message>
        <message>
            <source>&amp;Budget</source>
            <translation>&amp;Budget</translation>
        </message>
        <message>
            <source>C&amp;urrency</source>
            <translation>&amp;Währung</translation>
        </message>
        <message>
            <source>YYYY-MM-DD, or empty</source>
            <translation>YYYY-MM-DD oder leer</translation>
        </message>
        <message>
            <source>S&amp;tart date</source>
            <translation>S&amp;tartdatum</translation>
        </message>
        <message>
            <source>&amp;End date</source>
            <translation>&amp;Enddatum</translation>
        </message>
        <message>
            <source>&amp;Audience size</source>
            <translation>&amp;Zielgruppengröße</translation>
        </message>
        <message>
            <source>Enter a number.</source>
            <translation>Geben Sie eine Zahl ein.</translation>
        </message>
        <message>
            <source>Enter a whole number.</source>
            <translation>Geben Sie eine ganze Zahl ein.</translation>
        </message>
        <message>
            <source>Enter a date as YYYY-MM-DD, or leave it empty.</source>
            <translation>Geben Sie ein Datum im Format YYYY-MM-DD ein oder lassen Sie das Feld leer.</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::CampaignExporter</name>
        <message numerus="yes">
            <source>Exported %n campaign(s) to %1.</source>
            <translation>
                <numerusform>%n Kampagne nach %1 exportiert.</numerusform>
                <numerusform>%n Kampagnen nach %1 exportiert.</numerusform>
            </translation>
        </message>
        <message>
            <source>Could not export: %1</source>
            <translation>Export nicht möglich: %1</translation>
        </message>
        <message>
            <source>Export campaigns</source>
            <translation>Kampagnen exportieren</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV-Dateien (*.csv)</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>Wird exportiert…</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::CampaignFilterBar</name>
        <message>
            <source>Search campaigns by name (Ctrl+F)</source>
            <translation>Kampagnen nach Name suchen (Strg+F)</translation>
        </message>
        <message>
            <source>Status filter</source>
            <translation>Statusfilter</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>Alle Status</translation>
        </message>
        <message>
            <source>Channel filter</source>
            <translation>Kanalfilter</translation>
        </message>
        <message>
            <source>All channels</source>
            <translation>Alle Kanäle</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::CampaignStatusLine</name>
        <message>
            <source>Refreshing…</source>
            <translation>Wird aktualisiert…</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 von %2</translation>
        </message>
        <message>
            <source>Offline: the server cannot be reached (%1). You are seeing cached data; changes are kept on this computer and sent when it is back.</source>
            <translation>Offline: Der Server ist nicht erreichbar (%1). Sie sehen zwischengespeicherte Daten; Änderungen werden auf diesem Computer aufbewahrt und gesendet, sobald er wieder erreichbar ist.</translation>
        </message>
        <message>
            <source>Offline: showing cached data</source>
            <translation>Offline: zwischengespeicherte Daten werden angezeigt</translation>
        </message>
        <message>
            <source>Not synced yet</source>
            <translation>Noch nicht synchronisiert</translation>
        </message>
        <message>
            <source>Updated just now</source>
            <translation>Gerade eben aktualisiert</translation>
        </message>
        <message numerus="yes">
            <source>Updated %n min ago</source>
            <translation>
                <numerusform>Vor %n Min. aktualisiert</numerusform>
                <numerusform>Vor %n Min. aktualisiert</numerusform>
            </translation>
        </message>
        <message>
            <source>The server refused to list campaigns: %1</source>
            <translation>Der Server hat die Auflistung der Kampagnen abgelehnt: %1</translation>
        </message>
        <message>
            <source>Error: showing cached data</source>
            <translation>Fehler: zwischengespeicherte Daten werden angezeigt</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::CampaignTableModel</name>
        <message>
            <source>pending</source>
            <translation>Ausstehend</translation>
        </message>
        <message>
            <source>conflict</source>
            <translation>Konflikt</translation>
        </message>
        <message>
            <source>Saved on this computer; not on the server yet.</source>
            <translation>Auf diesem Computer gespeichert; noch nicht auf dem Server.</translation>
        </message>
        <message>
            <source>Someone else changed this campaign; choose which version to keep.</source>
            <translation>Jemand anderes hat diese Kampagne geändert; wählen Sie, welche Version behalten werden soll.</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>Sync</translation>
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
            <source>Channel</source>
            <translation>Kanal</translation>
        </message>
        <message>
            <source>Budget</source>
            <translation>Budget</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <source>End</source>
            <translation>Ende</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>Fehlgeschlagen</translation>
        </message>
        <message>
            <source>The server refused this change; see the details pane.</source>
            <translation>Der Server hat diese Änderung abgelehnt; siehe Detailbereich.</translation>
        </message>
        <message>
            <source>Audience</source>
            <translation>Zielgruppe</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Gesendet</translation>
        </message>
        <message>
            <source>Last change</source>
            <translation>Letzte Änderung</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::CampaignViewSettings</name>
        <message>
            <source>&amp;Columns</source>
            <translation>&amp;Spalten</translation>
        </message>
        <message>
            <source>&amp;Sort by</source>
            <translation>S&amp;ortieren nach</translation>
        </message>
        <message>
            <source>%1, ascending</source>
            <translation>%1, aufsteigend</translation>
        </message>
        <message>
            <source>%1, descending</source>
            <translation>%1, absteigend</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ansicht</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::CampaignsPage</name>
        <message>
            <source>That campaign no longer exists.</source>
            <translation>Diese Kampagne existiert nicht mehr.</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::ConflictDialog</name>
        <message>
            <source>Resolve conflict</source>
            <translation>Konflikt lösen</translation>
        </message>
        <message>
            <source>“%1” was changed by someone else after you edited it. Compare the versions and choose what to keep. Highlighted fields differ.</source>
            <translation>Die Kampagne „%1“ wurde von jemand anderem geändert, nachdem Sie sie bearbeitet haben. Vergleichen Sie die Versionen und wählen Sie, was behalten werden soll. Hervorgehobene Felder unterscheiden sich.</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Feld</translation>
        </message>
        <message>
            <source>Yours</source>
            <translation>Ihre Version</translation>
        </message>
        <message>
            <source>Server's</source>
            <translation>Serverversion</translation>
        </message>
        <message>
            <source>differs</source>
            <translation>unterschiedlich</translation>
        </message>
        <message>
            <source>Keep yours: %1</source>
            <translation>Ihre Version behalten: %1</translation>
        </message>
        <message>
            <source>Keep the server's: %1</source>
            <translation>Serverversion behalten: %1</translation>
        </message>
        <message>
            <source>&amp;Keep mine</source>
            <translation>&amp;Meine behalten</translation>
        </message>
        <message>
            <source>&amp;Take theirs</source>
            <translation>&amp;Serverversion übernehmen</translation>
        </message>
        <message>
            <source>&amp;Merge selected</source>
            <translation>Auswahl &amp;zusammenführen</translation>
        </message>
        <message>
            <source>Send your changes again, on top of the server's version.</source>
            <translation>Ihre Änderungen erneut senden, auf Grundlage der Serverversion.</translation>
        </message>
        <message>
            <source>Drop your changes and use the server's version.</source>
            <translation>Ihre Änderungen verwerfen und die Serverversion verwenden.</translation>
        </message>
        <message>
            <source>For each highlighted field, keep the version whose button is selected.</source>
            <translation>Für jedes hervorgehobene Feld die Version behalten, deren Schaltfläche ausgewählt ist.</translation>
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
            <source>Channel</source>
            <translation>Kanal</translation>
        </message>
        <message>
            <source>Budget</source>
            <translation>Budget</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Währung</translation>
        </message>
        <message>
            <source>Start date</source>
            <translation>Startdatum</translation>
        </message>
        <message>
            <source>End date</source>
            <translation>Enddatum</translation>
        </message>
        <message>
            <source>Audience size</source>
            <translation>Zielgruppengröße</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(keine)</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::ConnectionTester</name>
        <message>
            <source>No answer within %1 s. Check the project URL and your network.</source>
            <translation>Keine Antwort innerhalb von %1 s. Prüfen Sie die Projekt-URL und Ihr Netzwerk.</translation>
        </message>
        <message>
            <source>Connected: the Auth service answered in %1 ms.</source>
            <translation>Verbunden: Der Auth-Dienst hat in %1 ms geantwortet.</translation>
        </message>
        <message>
            <source>Connected: the Auth service (%1) answered in %2 ms.</source>
            <translation>Verbunden: Der Auth-Dienst (%1) hat in %2 ms geantwortet.</translation>
        </message>
        <message>
            <source>The server refused the key (HTTP %1). Check the anon key.</source>
            <translation>Der Server hat den Schlüssel abgelehnt (HTTP %1). Prüfen Sie den anon-Schlüssel.</translation>
        </message>
        <message>
            <source>The server answered HTTP 404: this does not look like a Supabase project URL.</source>
            <translation>Der Server hat mit HTTP 404 geantwortet: Dies scheint keine Supabase-Projekt-URL zu sein.</translation>
        </message>
        <message>
            <source>The server answered HTTP %1.</source>
            <translation>Der Server hat mit HTTP %1 geantwortet.</translation>
        </message>
        <message>
            <source>The secure connection failed: %1</source>
            <translation>Die sichere Verbindung ist fehlgeschlagen: %1</translation>
        </message>
        <message>
            <source>The host %1 was not found. Check the project URL.</source>
            <translation>Der Host %1 wurde nicht gefunden. Prüfen Sie die Projekt-URL.</translation>
        </message>
        <message>
            <source>Could not connect: %1</source>
            <translation>Verbindung nicht möglich: %1</translation>
        </message>
        <message>
            <source>Connected, but sign-in would fail: %1 %2</source>
            <translation>Verbunden, aber die Anmeldung würde scheitern: %1 %2</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::ConsoleApplication</name>
        <message>
            <source>there is no profile named "%1".</source>
            <translation>es gibt kein Profil mit dem Namen „%1“.</translation>
        </message>
        <message>
            <source>No profiles are saved yet: add one in Settings or with 'campaignctl profiles add'.</source>
            <translation>Noch keine Profile gespeichert: Fügen Sie eines in den Einstellungen oder mit „campaignctl profiles add“ hinzu.</translation>
        </message>
        <message>
            <source>Saved profiles: %1</source>
            <translation>Gespeicherte Profile: %1</translation>
        </message>
        <message>
            <source>Starting the demo sandbox…</source>
            <translation>Demo-Sandbox wird gestartet …</translation>
        </message>
        <message>
            <source>Demo sandbox at %1 (campaigns: %L2)</source>
            <translation>Demo-Sandbox unter %1 (Kampagnen: %L2)</translation>
        </message>
        <message>
            <source>The demo sandbox did not start: %1</source>
            <translation>Die Demo-Sandbox ist nicht gestartet: %1</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::ConsoleCommandLine</name>
        <message>
            <source>Campaign Console: manage campaigns and watch the health of a Supabase backend.</source>
            <translation>Campaign Console: Kampagnen verwalten und den Zustand eines Supabase-Backends überwachen.</translation>
        </message>
        <message>
            <source>Save a picture of the main window to &lt;file&gt; after it is drawn, then exit.</source>
            <translation>Nach dem Zeichnen ein Bild des Hauptfensters in &lt;file&gt; speichern und beenden.</translation>
        </message>
        <message>
            <source>Open page &lt;name&gt;: %1.</source>
            <translation>Seite &lt;name&gt; öffnen: %1.</translation>
        </message>
        <message>
            <source>Try '%1 --help' for more information.</source>
            <translation>Weitere Informationen erhalten Sie mit „%1 --help“.</translation>
        </message>
        <message>
            <source>unexpected argument "%1".</source>
            <translation>unerwartetes Argument „%1“.</translation>
        </message>
        <message>
            <source>--screenshot needs a file name.</source>
            <translation>--screenshot benötigt einen Dateinamen.</translation>
        </message>
        <message>
            <source>Unknown page "%1": use %2.</source>
            <translation>Unbekannte Seite „%1“: verwenden Sie %2.</translation>
        </message>
        <message>
            <source>Measure the cold start: print the time until the first campaign rows are painted, then exit.</source>
            <translation>Den Kaltstart messen: die Zeit bis zum Zeichnen der ersten Kampagnenzeilen ausgeben, dann beenden.</translation>
        </message>
        <message>
            <source>With --screenshot: wait at least &lt;ms&gt; milliseconds first.</source>
            <translation>Mit --screenshot: zuvor mindestens &lt;ms&gt; Millisekunden warten.</translation>
        </message>
        <message>
            <source>--screenshot-delay needs a number of milliseconds.</source>
            <translation>--screenshot-delay benötigt eine Anzahl von Millisekunden.</translation>
        </message>
        <message>
            <source>With --screenshot: the window's size, e.g. 1024x640.</source>
            <translation>Mit --screenshot: die Größe des Fensters, z. B. 1024x640.</translation>
        </message>
        <message>
            <source>--screenshot-size needs a size such as 1024x640 (320x240 to 7680x4320).</source>
            <translation>--screenshot-size braucht eine Größe wie 1024x640 (320x240 bis 7680x4320).</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::ConsoleStartup</name>
        <message>
            <source>%1: no display found: neither DISPLAY nor WAYLAND_DISPLAY is set.
Start it from a desktop session, or set QT_QPA_PLATFORM=offscreen to run without a screen.</source>
            <translation>%1: kein Display gefunden: Weder DISPLAY noch WAYLAND_DISPLAY ist gesetzt.
Starten Sie es aus einer Desktop-Sitzung oder setzen Sie QT_QPA_PLATFORM=offscreen, um ohne Bildschirm zu arbeiten.</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::DesktopBrowserOpener</name>
        <message>
            <source>No browser could be opened; copy the sign-in link and open it yourself.</source>
            <translation>Es konnte kein Browser geöffnet werden; kopieren Sie den Anmeldelink und öffnen Sie ihn selbst.</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::EmailKeySettings</name>
        <message>
            <source>Save &amp;key</source>
            <translation>Schlüssel &amp;speichern</translation>
        </message>
        <message>
            <source>Remo&amp;ve key</source>
            <translation>Schlüssel &amp;entfernen</translation>
        </message>
        <message>
            <source>E-mail API key</source>
            <translation>E-Mail-API-Schlüssel</translation>
        </message>
        <message>
            <source>E-mail API key:</source>
            <translation>E-Mail-API-Schlüssel:</translation>
        </message>
        <message>
            <source>Choose a profile to set its e-mail API key.</source>
            <translation>Wählen Sie ein Profil, um seinen E-Mail-API-Schlüssel festzulegen.</translation>
        </message>
        <message>
            <source>No key saved for this profile: test e-mails cannot be sent.</source>
            <translation>Für dieses Profil ist kein Schlüssel gespeichert: Test-E-Mails können nicht gesendet werden.</translation>
        </message>
        <message>
            <source>A key is saved in the keychain for this profile.</source>
            <translation>Für dieses Profil ist ein Schlüssel im Schlüsselbund gespeichert.</translation>
        </message>
        <message>
            <source>Enter the key first.</source>
            <translation>Geben Sie zuerst den Schlüssel ein.</translation>
        </message>
        <message>
            <source>The key could not be saved: %1</source>
            <translation>Der Schlüssel konnte nicht gespeichert werden: %1</translation>
        </message>
        <message>
            <source>The key could not be removed: %1</source>
            <translation>Der Schlüssel konnte nicht entfernt werden: %1</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::HealthDashboardPage</name>
        <message>
            <source>Health</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Whether every service the console depends on works, and since when it does not. Checked every %L1 s and on demand.</source>
            <translation>Ob alle Dienste funktionieren, von denen die Konsole abhängt, und seit wann nicht. Geprüft wird alle %L1 s und auf Anforderung.</translation>
        </message>
        <message>
            <source>Notify me of changes</source>
            <translation>Bei Änderungen benachrichtigen</translation>
        </message>
        <message>
            <source>Show a desktop notification when a service changes state</source>
            <translation>Eine Desktop-Benachrichtigung anzeigen, wenn sich der Zustand eines Dienstes ändert</translation>
        </message>
        <message>
            <source>&amp;Check now</source>
            <translation>Jetzt &amp;prüfen</translation>
        </message>
        <message>
            <source>Run every check now (F5)</source>
            <translation>Alle Prüfungen jetzt ausführen (F5)</translation>
        </message>
        <message>
            <source>Incidents</source>
            <translation>Störungen</translation>
        </message>
        <message>
            <source>State over the last 24 hours</source>
            <translation>Zustand in den letzten 24 Stunden</translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>Wird geprüft…</translation>
        </message>
        <message>
            <source>History unavailable: %1</source>
            <translation>Verlauf nicht verfügbar: %1</translation>
        </message>
        <message>
            <source>%1 over the last 24 hours</source>
            <translation>%1 in den letzten 24 Stunden</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Last checked at %1</source>
            <translation>Zuletzt geprüft um %1</translation>
        </message>
        <message>
            <source>Overall health: %1</source>
            <translation>Gesamtzustand: %1</translation>
        </message>
        <message>
            <source>No incidents in this period</source>
            <translation>Keine Störungen in diesem Zeitraum</translation>
        </message>
        <message>
            <source>No profile in use</source>
            <translation>Kein Profil in Gebrauch</translation>
        </message>
        <message>
            <source>Add a profile in Settings (or choose one there) to check its services here: REST, Auth, Realtime, e-mail, the local cache and the keychain.</source>
            <translation>Legen Sie in den Einstellungen ein Profil an (oder wählen Sie dort eines), um hier seine Dienste zu prüfen: REST, Auth, Realtime, E-Mail, den lokalen Cache und den Schlüsselbund.</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::HealthNotifier</name>
        <message>
            <source>Campaign Console: service health</source>
            <translation>Campaign Console: Zustand der Dienste</translation>
        </message>
        <message>
            <source>%1 is %2</source>
            <translation>%1 ist %2</translation>
        </message>
        <message>
            <source>%1 works again (it was %2).</source>
            <translation>%1 funktioniert wieder (war %2).</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::IncidentTableModel</name>
        <message>
            <source>%1 s</source>
            <translation>%1 s</translation>
        </message>
        <message>
            <source>%1 min</source>
            <translation>%1 min</translation>
        </message>
        <message>
            <source>%1 min %2 s</source>
            <translation>%1 min %2 s</translation>
        </message>
        <message>
            <source>%1 h %2 min</source>
            <translation>%1 h %2 min</translation>
        </message>
        <message>
            <source>%1 d %2 h</source>
            <translation>%1 T %2 h</translation>
        </message>
        <message>
            <source>Ongoing</source>
            <translation>Andauernd</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>Dienst</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Zustand</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Beginn</translation>
        </message>
        <message>
            <source>Resolved</source>
            <translation>Behoben</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Dauer</translation>
        </message>
        <message>
            <source>Last error</source>
            <translation>Letzter Fehler</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::LanguageSettings</name>
        <message>
            <source>System default (%1)</source>
            <translation>Systemstandard (%1)</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>Sp&amp;rache:</translation>
        </message>
        <message>
            <source>Menus and messages use this language.</source>
            <translation>Menüs und Meldungen verwenden diese Sprache.</translation>
        </message>
        <message>
            <source>%1 is used the next time Campaign Console starts; until then it stays in %2.</source>
            <translation>%1 wird beim nächsten Start von Campaign Console verwendet; bis dahin bleibt %2 aktiv.</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::LatencyChart</name>
        <message>
            <source>Latency (average per bucket)</source>
            <translation>Latenz (Mittelwert je Intervall)</translation>
        </message>
        <message>
            <source>1 h</source>
            <translation>1 h</translation>
        </message>
        <message>
            <source>24 h</source>
            <translation>24 h</translation>
        </message>
        <message>
            <source>7 d</source>
            <translation>7 T</translation>
        </message>
        <message>
            <source>Show latency over %1</source>
            <translation>Latenz über %1 anzeigen</translation>
        </message>
        <message>
            <source>ms</source>
            <translation>ms</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::LiveFeedModel</name>
        <message>
            <source>You (this console)</source>
            <translation>Sie (diese Konsole)</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Unbekannt</translation>
        </message>
        <message>
            <source>created</source>
            <translation>erstellt</translation>
        </message>
        <message>
            <source>deleted</source>
            <translation>gelöscht</translation>
        </message>
        <message>
            <source>changed</source>
            <translation>geändert</translation>
        </message>
        <message>
            <source>(unnamed)</source>
            <translation>(ohne Namen)</translation>
        </message>
        <message>
            <source>%1: %2 → %3</source>
            <translation>%1: %2 → %3</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Zeit</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Campaign</source>
            <translation>Kampagne</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Wer</translation>
        </message>
        <message>
            <source>Changes</source>
            <translation>Änderungen</translation>
        </message>
        <message>
            <source>User %1</source>
            <translation>Benutzer %1</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::LiveFeedPage</name>
        <message>
            <source>All changes</source>
            <translation>Alle Änderungen</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Erstellt</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>Geändert</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>Gelöscht</translation>
        </message>
        <message>
            <source>&amp;Show:</source>
            <translation>&amp;Anzeigen:</translation>
        </message>
        <message>
            <source>Filter by campaign, person or field</source>
            <translation>Nach Kampagne, Person oder Feld filtern</translation>
        </message>
        <message>
            <source>&amp;Filter:</source>
            <translation>&amp;Filter:</translation>
        </message>
        <message>
            <source>&amp;Pause</source>
            <translation>&amp;Pausieren</translation>
        </message>
        <message>
            <source>Stop adding new changes to the list; they are kept and counted.</source>
            <translation>Keine neuen Änderungen mehr zur Liste hinzufügen; sie werden aufbewahrt und gezählt.</translation>
        </message>
        <message>
            <source>&amp;Open campaign</source>
            <translation>Kampagne &amp;öffnen</translation>
        </message>
        <message>
            <source>changed</source>
            <translation>geändert</translation>
        </message>
        <message>
            <source>Not connected</source>
            <translation>Nicht verbunden</translation>
        </message>
        <message>
            <source>Connecting…</source>
            <translation>Verbindung wird hergestellt…</translation>
        </message>
        <message>
            <source>Subscribing to changes…</source>
            <translation>Änderungen werden abonniert…</translation>
        </message>
        <message>
            <source>Live</source>
            <translation>Live</translation>
        </message>
        <message>
            <source>Reconnecting…</source>
            <translation>Verbindung wird wiederhergestellt…</translation>
        </message>
        <message>
            <source>Not connected: sign in again</source>
            <translation>Nicht verbunden: Melden Sie sich erneut an</translation>
        </message>
        <message>
            <source>&amp;Resume</source>
            <translation>Fo&amp;rtsetzen</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>Pausiert</translation>
        </message>
        <message>
            <source>1 new change</source>
            <translation>1 neue Änderung</translation>
        </message>
        <message>
            <source>%1 new changes</source>
            <translation>%1 neue Änderungen</translation>
        </message>
        <message>
            <source>Last change at %1</source>
            <translation>Letzte Änderung um %1</translation>
        </message>
        <message>
            <source>No changes yet</source>
            <translation>Noch keine Änderungen</translation>
        </message>
        <message>
            <source>%1 of %2 changes</source>
            <translation>%1 von %2 Änderungen</translation>
        </message>
        <message>
            <source>1 change</source>
            <translation>1 Änderung</translation>
        </message>
        <message>
            <source>%1 changes</source>
            <translation>%1 Änderungen</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::LogTableModel</name>
        <message>
            <source>Debug</source>
            <translation>Debug</translation>
        </message>
        <message>
            <source>Info</source>
            <translation>Info</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>Warnung</translation>
        </message>
        <message>
            <source>Critical</source>
            <translation>Kritisch</translation>
        </message>
        <message>
            <source>Fatal</source>
            <translation>Fatal</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Zeit</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Stufe</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Kategorie</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Meldung</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::LogsPage</name>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Aktualisieren</translation>
        </message>
        <message>
            <source>&amp;Open log folder</source>
            <translation>&amp;Protokollordner öffnen</translation>
        </message>
        <message>
            <source>Minimum level</source>
            <translation>Mindeststufe</translation>
        </message>
        <message>
            <source>All levels</source>
            <translation>Alle Stufen</translation>
        </message>
        <message>
            <source>Info and above</source>
            <translation>Info und höher</translation>
        </message>
        <message>
            <source>Warnings and above</source>
            <translation>Warnungen und höher</translation>
        </message>
        <message>
            <source>Critical only</source>
            <translation>Nur kritische</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Kategorie</translation>
        </message>
        <message>
            <source>All categories</source>
            <translation>Alle Kategorien</translation>
        </message>
        <message>
            <source>Filter messages and context…</source>
            <translation>Meldungen und Kontext filtern…</translation>
        </message>
        <message>
            <source>Filter text</source>
            <translation>Filtertext</translation>
        </message>
        <message>
            <source>Select an entry to see its message, context and error in full.</source>
            <translation>Wählen Sie einen Eintrag, um Meldung, Kontext und Fehler vollständig zu sehen.</translation>
        </message>
        <message>
            <source>Logs</source>
            <translation>Protokolle</translation>
        </message>
        <message>
            <source>What the console recorded, newest first. Secrets are removed before anything is written.</source>
            <translation>Was die Konsole aufgezeichnet hat, neueste zuerst. Geheimnisse werden vor dem Schreiben entfernt.</translation>
        </message>
        <message>
            <source>Context:</source>
            <translation>Kontext:</translation>
        </message>
        <message>
            <source>Error:</source>
            <translation>Fehler:</translation>
        </message>
        <message>
            <source>No log entries yet in %1.</source>
            <translation>Noch keine Protokolleinträge in %1.</translation>
        </message>
        <message numerus="yes">
            <source>%n entries</source>
            <translation>
                <numerusform>%n Eintrag</numerusform>
                <numerusform>%n Einträge</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Showing %1 of %n entries</source>
            <translation>
                <numerusform>%1 von %n Eintrag angezeigt</numerusform>
                <numerusform>%1 von %n Einträgen angezeigt</numerusform>
            </translation>
        </message>
        <message>
            <source> · reading…</source>
            <translation> · wird gelesen…</translation>
        </message>
        <message numerus="yes">
            <source> · %n unreadable lines skipped</source>
            <translation>
                <numerusform> · %n unlesbare Zeile übersprungen</numerusform>
                <numerusform> · %n unlesbare Zeilen übersprungen</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cc::ui::MainWindow</name>
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
            <source>&amp;View</source>
            <translation>&amp;Ansicht</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <source>&amp;About Campaign Console</source>
            <translation>Ü&amp;ber Campaign Console</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <source>Not connected</source>
            <translation>Nicht verbunden</translation>
        </message>
        <message>
            <source>Connecting…</source>
            <translation>Verbindung wird hergestellt…</translation>
        </message>
        <message>
            <source>Connected</source>
            <translation>Verbunden</translation>
        </message>
        <message>
            <source>Offline</source>
            <translation>Offline</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>About %1</source>
            <translation>Über %1</translation>
        </message>
        <message>
            <source>Version %1</source>
            <translation>Version %1</translation>
        </message>
        <message>
            <source>A desktop administration console for Supabase backends.
Built with Qt %1.</source>
            <translation>Eine Desktop-Verwaltungskonsole für Supabase-Backends.
Erstellt mit Qt %1.</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::MessageBar</name>
        <message>
            <source>Dismiss</source>
            <translation>Schließen</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::PlaceholderPages</name>
        <message>
            <source>Campaigns</source>
            <translation>Kampagnen</translation>
        </message>
        <message>
            <source>Live feed</source>
            <translation>Live-Feed</translation>
        </message>
        <message>
            <source>Health</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Accounts</source>
            <translation>Konten</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Einstellungen</translation>
        </message>
        <message>
            <source>Logs</source>
            <translation>Protokolle</translation>
        </message>
        <message>
            <source>Browse, search and edit the campaigns of the backend.</source>
            <translation>Kampagnen des Backends durchsuchen und bearbeiten.</translation>
        </message>
        <message>
            <source>Campaigns are listed here once the console is connected to a backend.

</source>
            <translation>Sobald die Konsole mit einem Backend verbunden ist, werden hier die Kampagnen aufgelistet.

</translation>
        </message>
        <message>
            <source>Changes to campaigns as they happen on the server.</source>
            <translation>Änderungen an Kampagnen, sobald sie auf dem Server geschehen.</translation>
        </message>
        <message>
            <source>Every insert, update and delete made on the backend will appear here as it happens.

</source>
            <translation>Jedes Einfügen, Ändern und Löschen im Backend erscheint hier, sobald es geschieht.

</translation>
        </message>
        <message>
            <source>Sign in to see campaigns</source>
            <translation>Melden Sie sich an, um Kampagnen zu sehen</translation>
        </message>
        <message>
            <source>The campaigns of “%1” are listed here once you are signed in. Sign in on the Accounts page: the console opens your web browser, and your session is kept in the system keychain.</source>
            <translation>Die Kampagnen von „%1“ werden hier aufgelistet, sobald Sie angemeldet sind. Melden Sie sich auf der Seite „Konten“ an: Die Konsole öffnet Ihren Webbrowser, und Ihre Sitzung wird im Schlüsselbund des Systems aufbewahrt.</translation>
        </message>
        <message>
            <source>Go to Accounts</source>
            <translation>Zu „Konten“ wechseln</translation>
        </message>
        <message>
            <source>Sign in to follow changes</source>
            <translation>Melden Sie sich an, um Änderungen zu verfolgen</translation>
        </message>
        <message>
            <source>Once you are signed in to “%1”, changes made by anyone appear here as they happen.</source>
            <translation>Sobald Sie bei „%1“ angemeldet sind, erscheinen hier alle Änderungen in Echtzeit – egal von wem.</translation>
        </message>
        <message>
            <source>Welcome to Campaign Console</source>
            <translation>Willkommen bei Campaign Console</translation>
        </message>
        <message>
            <source>Try the demo</source>
            <translation>Demo ausprobieren</translation>
        </message>
        <message>
            <source>Connect to your Supabase project…</source>
            <translation>Mit Ihrem Supabase-Projekt verbinden…</translation>
        </message>
        <message>
            <source>Try the demo to explore the console with 5,000 sample campaigns on a built-in sandbox (nothing leaves this computer), or add a profile in Settings with your Supabase project URL and anon key.</source>
            <translation>Probieren Sie die Demo aus, um die Konsole mit 5.000 Beispielkampagnen in der eingebauten Sandbox kennenzulernen (nichts verlässt diesen Computer), oder legen Sie in den Einstellungen ein Profil mit der URL und dem Anon-Schlüssel Ihres Supabase-Projekts an.</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::ProfileChip</name>
        <message>
            <source>production</source>
            <translation>Produktion</translation>
        </message>
        <message>
            <source>staging</source>
            <translation>Staging</translation>
        </message>
        <message>
            <source>local</source>
            <translation>Lokal</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Profile %1 at %2</source>
            <translation>Profil %1 unter %2</translation>
        </message>
        <message>
            <source>No profile</source>
            <translation>Kein Profil</translation>
        </message>
        <message>
            <source>No backend profile is in use. Add one in Settings.</source>
            <translation>Es wird kein Backend-Profil verwendet. Fügen Sie eines in den Einstellungen hinzu.</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::ProfileForm</name>
        <message>
            <source>Backend</source>
            <translation>Backend</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>e.g. Staging</source>
            <translation>z. B. Staging</translation>
        </message>
        <message>
            <source>Project &amp;URL:</source>
            <translation>Pro&amp;jekt-URL:</translation>
        </message>
        <message>
            <source>Anon &amp;key:</source>
            <translation>&amp;Anon-Schlüssel:</translation>
        </message>
        <message>
            <source>The publishable (anon) key from the project's API settings</source>
            <translation>Der öffentliche (anon-)Schlüssel aus den API-Einstellungen des Projekts</translation>
        </message>
        <message>
            <source>&amp;Environment:</source>
            <translation>&amp;Umgebung:</translation>
        </message>
        <message>
            <source>Choose a colour</source>
            <translation>Farbe auswählen</translation>
        </message>
        <message>
            <source>&amp;Colour:</source>
            <translation>&amp;Farbe:</translation>
        </message>
        <message>
            <source>Sign-in</source>
            <translation>Anmeldung</translation>
        </message>
        <message>
            <source>Supabase Auth (browser, PKCE)</source>
            <translation>Supabase Auth (Browser, PKCE)</translation>
        </message>
        <message>
            <source>OpenID Connect provider</source>
            <translation>OpenID-Connect-Anbieter</translation>
        </message>
        <message>
            <source>Sign-in &amp;type:</source>
            <translation>An&amp;meldeart:</translation>
        </message>
        <message>
            <source>&amp;Provider:</source>
            <translation>An&amp;bieter:</translation>
        </message>
        <message>
            <source>&amp;Issuer URL:</source>
            <translation>Ausstell&amp;er-URL:</translation>
        </message>
        <message>
            <source>Client &amp;ID:</source>
            <translation>&amp;Client-ID:</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <source>E-mail &amp;API URL:</source>
            <translation>E-Mail-AP&amp;I-URL:</translation>
        </message>
        <message>
            <source>%1 (default)</source>
            <translation>%1 (Standard)</translation>
        </message>
        <message>
            <source>Default: %1</source>
            <translation>Standard: %1</translation>
        </message>
        <message>
            <source>Default: &lt;project URL&gt;/api/email</source>
            <translation>Standard: &lt;Projekt-URL&gt;/api/email</translation>
        </message>
        <message>
            <source>Profile colour</source>
            <translation>Profilfarbe</translation>
        </message>
        <message>
            <source>Test the connection to list the enabled providers</source>
            <translation>Verbindung testen, um die aktivierten Anbieter aufzulisten</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::ProfileHealth</name>
        <message>
            <source>not connected (sign in to receive live changes)</source>
            <translation>nicht verbunden (melden Sie sich an, um Live-Änderungen zu erhalten)</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::ScreenshotTaker</name>
        <message>
            <source>The window closed before the screenshot was taken.</source>
            <translation>Das Fenster wurde geschlossen, bevor das Bildschirmfoto erstellt wurde.</translation>
        </message>
        <message>
            <source>Could not write the screenshot to %1.</source>
            <translation>Das Bildschirmfoto konnte nicht in %1 geschrieben werden.</translation>
        </message>
        <message>
            <source>Screenshot saved to %1 (%2×%3).</source>
            <translation>Bildschirmfoto in %1 gespeichert (%2×%3).</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::SendTestEmailDialog</name>
        <message>
            <source>Test: %1</source>
            <translation>Test: %1</translation>
        </message>
        <message>
            <source>&amp;Send</source>
            <translation>&amp;Senden</translation>
        </message>
        <message>
            <source>Send test e-mail</source>
            <translation>Test-E-Mail senden</translation>
        </message>
        <message>
            <source>name@example.org</source>
            <translation>name@example.org</translation>
        </message>
        <message>
            <source>This is a test of the campaign “%1” (%2).</source>
            <translation>Dies ist ein Test der Kampagne „%1“ (%2).</translation>
        </message>
        <message>
            <source>&amp;To:</source>
            <translation>&amp;An:</translation>
        </message>
        <message>
            <source>S&amp;ubject:</source>
            <translation>&amp;Betreff:</translation>
        </message>
        <message>
            <source>&amp;Message:</source>
            <translation>&amp;Nachricht:</translation>
        </message>
        <message>
            <source>Sending…</source>
            <translation>Wird gesendet…</translation>
        </message>
        <message>
            <source>Sent. The e-mail service accepted the message (%1).</source>
            <translation>Gesendet. Der E-Mail-Dienst hat die Nachricht angenommen (%1).</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::ServiceTile</name>
        <message>
            <source>Uptime: 24 h %1 · 7 d %2 · 30 d %3</source>
            <translation>Verfügbarkeit: 24 h %1 · 7 T %2 · 30 T %3</translation>
        </message>
        <message>
            <source>Breaker: not used</source>
            <translation>Schutzschalter: nicht verwendet</translation>
        </message>
        <message>
            <source>Breaker: %1</source>
            <translation>Schutzschalter: %1</translation>
        </message>
        <message>
            <source>%1 (at %2)</source>
            <translation>%1 (um %2)</translation>
        </message>
        <message>
            <source>Last error: none</source>
            <translation>Letzter Fehler: keiner</translation>
        </message>
        <message>
            <source>Last error: %1</source>
            <translation>Letzter Fehler: %1</translation>
        </message>
        <message>
            <source>Latency: %L1 ms</source>
            <translation>Latenz: %L1 ms</translation>
        </message>
        <message>
            <source>Latency: –</source>
            <translation>Latenz: –</translation>
        </message>
        <message>
            <source> · p95 %L1 ms</source>
            <translation> · p95 %L1 ms</translation>
        </message>
        <message>
            <source>Last check: %1</source>
            <translation>Letzte Prüfung: %1</translation>
        </message>
        <message>
            <source>Last check: not yet</source>
            <translation>Letzte Prüfung: noch keine</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::SettingsPage</name>
        <message>
            <source>Unsaved changes</source>
            <translation>Nicht gespeicherte Änderungen</translation>
        </message>
        <message>
            <source>The new profile has not been saved.</source>
            <translation>Das neue Profil wurde nicht gespeichert.</translation>
        </message>
        <message>
            <source>The changes to “%1” have not been saved.</source>
            <translation>Die Änderungen an „%1“ wurden nicht gespeichert.</translation>
        </message>
        <message>
            <source>&amp;New profile</source>
            <translation>Neues &amp;Profil</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>&amp;Löschen…</translation>
        </message>
        <message>
            <source>&amp;Test connection</source>
            <translation>Verbindung &amp;testen</translation>
        </message>
        <message>
            <source>U&amp;se this profile</source>
            <translation>Dieses Profil &amp;verwenden</translation>
        </message>
        <message>
            <source>&amp;Revert</source>
            <translation>&amp;Zurücksetzen</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Speichern</translation>
        </message>
        <message>
            <source>Saved profiles</source>
            <translation>Gespeicherte Profile</translation>
        </message>
        <message>
            <source>No profiles saved yet.

Fill in the form with your project's URL and anon key, then press Save.</source>
            <translation>Noch keine Profile gespeichert.

Tragen Sie URL und anon-Schlüssel Ihres Projekts in das Formular ein und klicken Sie dann auf „Speichern“.</translation>
        </message>
        <message>
            <source>Profiles</source>
            <translation>Profile</translation>
        </message>
        <message>
            <source>General</source>
            <translation>Allgemein</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Einstellungen</translation>
        </message>
        <message>
            <source>Backend profiles and the console's language.</source>
            <translation>Backend-Profile und die Sprache der Konsole.</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <source>%1 (in use)</source>
            <translation>%1 (in Verwendung)</translation>
        </message>
        <message>
            <source>Not saved: correct the marked fields.</source>
            <translation>Nicht gespeichert: Korrigieren Sie die markierten Felder.</translation>
        </message>
        <message>
            <source>Saved “%1”.</source>
            <translation>„%1“ gespeichert.</translation>
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
            <source>Its settings are removed from this computer. This cannot be undone.</source>
            <translation>Seine Einstellungen werden von diesem Computer entfernt. Dies kann nicht rückgängig gemacht werden.</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <source>Deleted “%1”.</source>
            <translation>„%1“ gelöscht.</translation>
        </message>
        <message>
            <source>Cannot test: correct the project URL and key first.</source>
            <translation>Test nicht möglich: Korrigieren Sie zuerst Projekt-URL und Schlüssel.</translation>
        </message>
        <message>
            <source>Testing the connection to %1…</source>
            <translation>Verbindung zu %1 wird getestet…</translation>
        </message>
        <message>
            <source>New profile</source>
            <translation>Neues Profil</translation>
        </message>
        <message>
            <source>Connected. Sign-in will use %1, the project's only provider; save the profile to keep it.</source>
            <translation>Verbunden. Die Anmeldung verwendet %1, den einzigen Anbieter des Projekts; speichern Sie das Profil, um das beizubehalten.</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::ShellMenus</name>
        <message>
            <source>&amp;New campaign…</source>
            <translation>&amp;Neue Kampagne…</translation>
        </message>
        <message>
            <source>&amp;Export campaigns…</source>
            <translation>Kampagnen &amp;exportieren…</translation>
        </message>
        <message>
            <source>&amp;Switch profile</source>
            <translation>Profil &amp;wechseln</translation>
        </message>
        <message>
            <source>Connecting a Supabase &amp;project</source>
            <translation>Ein Supabase-&amp;Projekt verbinden</translation>
        </message>
        <message>
            <source>Open the &amp;log folder</source>
            <translation>&amp;Protokollordner öffnen</translation>
        </message>
        <message>
            <source>The guide is not installed with this copy of the console.</source>
            <translation>Die Anleitung ist mit dieser Kopie der Konsole nicht installiert.</translation>
        </message>
        <message>
            <source>Sign in first: the campaigns of the profile are not shown yet.</source>
            <translation>Melden Sie sich zuerst an: Die Kampagnen des Profils werden noch nicht angezeigt.</translation>
        </message>
        <message>
            <source>No profiles yet: add one in Settings</source>
            <translation>Noch keine Profile: Legen Sie eines in den Einstellungen an</translation>
        </message>
        <message>
            <source>Could not open %1: %2</source>
            <translation>%1 konnte nicht geöffnet werden: %2</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::StateTimelineStrip</name>
        <message>
            <source>No problems in this period</source>
            <translation>Keine Probleme in diesem Zeitraum</translation>
        </message>
        <message>
            <source>%1 period(s) degraded or down in this period</source>
            <translation>%1 Abschnitt(e) mit Beeinträchtigung oder Störung in diesem Zeitraum</translation>
        </message>
        <message>
            <source>%1 from %2 to %3</source>
            <translation>%1 von %2 bis %3</translation>
        </message>
        <message>
            <source>No data from %1 to %2</source>
            <translation>Keine Daten von %1 bis %2</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::StatusBarEvents</name>
        <message>
            <source>signed out of %1</source>
            <translation>von %1 abgemeldet</translation>
        </message>
        <message>
            <source>Live updates from %1</source>
            <translation>Live-Aktualisierungen von %1</translation>
        </message>
        <message>
            <source>Downloading campaigns for offline use: %L1 of %L2…</source>
            <translation>Kampagnen werden für die Arbeit offline geladen: %L1 von %L2…</translation>
        </message>
        <message>
            <source>Downloading campaigns for offline use…</source>
            <translation>Kampagnen werden für die Arbeit offline geladen…</translation>
        </message>
        <message>
            <source>Not every campaign could be downloaded for offline use: %1</source>
            <translation>Nicht alle Kampagnen konnten für die Arbeit offline geladen werden: %1</translation>
        </message>
        <message>
            <source>Every campaign is available offline.</source>
            <translation>Alle Kampagnen sind offline verfügbar.</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::UserStatusWidget</name>
        <message>
            <source>Sign out</source>
            <translation>Abmelden</translation>
        </message>
        <message>
            <source>Not signed in</source>
            <translation>Nicht angemeldet</translation>
        </message>
        <message>
            <source>Signed in as %1 (this session only)</source>
            <translation>Angemeldet als %1 (nur diese Sitzung)</translation>
        </message>
        <message>
            <source>Signed in as %1</source>
            <translation>Angemeldet als %1</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::WorkspacePages</name>
        <message>
            <source>Your local data could not be opened: %1</source>
            <translation>Ihre lokalen Daten konnten nicht geöffnet werden: %1</translation>
        </message>
        <message>
            <source>The local cache was damaged; it was moved to %1 and is being rebuilt from the server.</source>
            <translation>Der lokale Cache war beschädigt; er wurde nach %1 verschoben und wird vom Server neu aufgebaut.</translation>
        </message>
    </context>
</TS>
