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
    </context>
    <context>
        <name>cc::auth::SessionTokens</name>
        <message>
            <source>The sign-in server sent an incomplete answer.</source>
            <translation>Der Anmeldeserver hat eine unvollständige Antwort gesendet.</translation>
        </message>
    </context>
    <context>
        <name>cc::cli::CtlApplication</name>
        <message>
            <source>Manage Campaign Console profiles and data from the command line.

Commands:
  profiles list              List the saved profiles.
  profiles add [options]     Add a profile (see: campaignctl profiles add --help).
  profiles remove NAME       Remove a profile.</source>
            <translation>Profile und Daten von Campaign Console auf der Kommandozeile verwalten.

Befehle:
  profiles list              Die gespeicherten Profile auflisten.
  profiles add [Optionen]    Ein Profil hinzufügen (siehe: campaignctl profiles add --help).
  profiles remove NAME       Ein Profil entfernen.</translation>
        </message>
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
    </context>
    <context>
        <name>cc::cli::CtlContext</name>
        <message>
            <source>campaignctl: %1</source>
            <translation>campaignctl: %1</translation>
        </message>
    </context>
    <context>
        <name>cc::cli::ProfilesCommand</name>
        <message>
            <source>Usage: campaignctl profiles list | add | remove NAME
</source>
            <translation>Aufruf: campaignctl profiles list | add | remove NAME
</translation>
        </message>
        <message>
            <source>profiles needs an action: list, add or remove.</source>
            <translation>profiles benötigt eine Aktion: list, add oder remove.</translation>
        </message>
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
            <source>The GoTrue provider for supabase sign-in.</source>
            <translation>Der GoTrue-Anbieter für die Supabase-Anmeldung.</translation>
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
    </context>
    <context>
        <name>cc::ui::MainWindow</name>
        <message>
            <source>Campaign Console</source>
            <translation>Campaign Console</translation>
        </message>
    </context>
</TS>
