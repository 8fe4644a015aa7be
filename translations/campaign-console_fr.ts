<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
    <context>
        <name>cc::CommonOptions</name>
        <message>
            <source>Use the profile called &lt;name&gt;.</source>
            <translation>Utiliser le profil nommé &lt;name&gt;.</translation>
        </message>
        <message>
            <source>Start the built-in sandbox and use it (a local profile).</source>
            <translation>Démarrer le bac à sable intégré et l’utiliser (un profil local).</translation>
        </message>
        <message>
            <source>Use language &lt;code&gt; (en, de, fr).</source>
            <translation>Utiliser la langue &lt;code&gt; (en, de, fr).</translation>
        </message>
        <message>
            <source>Log &lt;level&gt; and above: debug, info, warning, critical.</source>
            <translation>Journaliser à partir du niveau &lt;level&gt; : debug, info, warning, critical.</translation>
        </message>
        <message>
            <source>--profile needs a profile name.</source>
            <translation>--profile nécessite un nom de profil.</translation>
        </message>
        <message>
            <source>Unknown language "%1": use en, de or fr.</source>
            <translation>Langue « %1 » inconnue : utilisez en, de ou fr.</translation>
        </message>
        <message>
            <source>--demo and --profile cannot be used together: --demo uses its own local profile.</source>
            <translation>--demo et --profile ne peuvent pas être utilisés ensemble : --demo utilise son propre profil local.</translation>
        </message>
    </context>
    <context>
        <name>cc::Error</name>
        <message>
            <source>The server could not be reached.</source>
            <translation>Le serveur est injoignable.</translation>
        </message>
        <message>
            <source>The server took too long to answer.</source>
            <translation>Le serveur a mis trop de temps à répondre.</translation>
        </message>
        <message>
            <source>The server reported an error.</source>
            <translation>Le serveur a signalé une erreur.</translation>
        </message>
        <message>
            <source>The service is failing; the console will try again shortly.</source>
            <translation>Le service est défaillant ; la console réessaiera sous peu.</translation>
        </message>
        <message>
            <source>Too many requests; please wait a moment.</source>
            <translation>Trop de requêtes ; veuillez patienter un instant.</translation>
        </message>
        <message>
            <source>The operation was cancelled.</source>
            <translation>L’opération a été annulée.</translation>
        </message>
        <message>
            <source>The server sent an answer the console does not understand.</source>
            <translation>Le serveur a envoyé une réponse que la console ne comprend pas.</translation>
        </message>
        <message>
            <source>The secure connection could not be verified.</source>
            <translation>La connexion sécurisée n’a pas pu être vérifiée.</translation>
        </message>
        <message>
            <source>Some values are not valid.</source>
            <translation>Certaines valeurs ne sont pas valides.</translation>
        </message>
        <message>
            <source>Local data could not be read or written.</source>
            <translation>Les données locales n’ont pas pu être lues ou écrites.</translation>
        </message>
        <message>
            <source>You are not signed in, or your session has ended.</source>
            <translation>Vous n’êtes pas connecté, ou votre session a pris fin.</translation>
        </message>
        <message>
            <source>The profile's settings are not usable.</source>
            <translation>Les paramètres du profil ne sont pas utilisables.</translation>
        </message>
        <message>
            <source>An internal error occurred.</source>
            <translation>Une erreur interne s’est produite.</translation>
        </message>
    </context>
    <context>
        <name>cc::Logging</name>
        <message>
            <source>Unknown log level "%1": use debug, info, warning or critical.</source>
            <translation>Niveau de journalisation « %1 » inconnu : utilisez debug, info, warning ou critical.</translation>
        </message>
    </context>
    <context>
        <name>cc::ProfileStore</name>
        <message>
            <source>There is no profile named "%1".</source>
            <translation>Aucun profil ne s’appelle « %1 ».</translation>
        </message>
        <message>
            <source>The settings file %1 could not be written.</source>
            <translation>Le fichier de paramètres %1 n’a pas pu être écrit.</translation>
        </message>
    </context>
    <context>
        <name>cc::ProfileValidator</name>
        <message>
            <source>The profile needs a name.</source>
            <translation>Le profil doit avoir un nom.</translation>
        </message>
        <message>
            <source>The name is too long (at most %1 characters).</source>
            <translation>Le nom est trop long (%1 caractères au maximum).</translation>
        </message>
        <message>
            <source>The name must not contain / or \.</source>
            <translation>Le nom ne doit contenir ni / ni \.</translation>
        </message>
        <message>
            <source>A profile named "%1" already exists.</source>
            <translation>Un profil nommé « %1 » existe déjà.</translation>
        </message>
        <message>
            <source>The project URL is required.</source>
            <translation>L’URL du projet est obligatoire.</translation>
        </message>
        <message>
            <source>The anon (publishable) key is required: find it in the project's API settings.</source>
            <translation>La clé anon (publique) est obligatoire : vous la trouverez dans les paramètres d’API du projet.</translation>
        </message>
        <message>
            <source>The key must not contain spaces or line breaks.</source>
            <translation>La clé ne doit contenir ni espaces ni sauts de ligne.</translation>
        </message>
        <message>
            <source>This is a secret key; a desktop app must use the publishable (anon) key.</source>
            <translation>Ceci est une clé secrète ; une application de bureau doit utiliser la clé publique (anon).</translation>
        </message>
        <message>
            <source>Unknown sign-in type "%1": use supabase or oidc.</source>
            <translation>Type de connexion « %1 » inconnu : utilisez supabase ou oidc.</translation>
        </message>
        <message>
            <source>The OAuth client id is required.</source>
            <translation>L’identifiant client OAuth est obligatoire.</translation>
        </message>
        <message>
            <source>The OpenID Connect issuer URL is required.</source>
            <translation>L’URL de l’émetteur OpenID Connect est obligatoire.</translation>
        </message>
        <message>
            <source>Unknown environment "%1": use production, staging or local.</source>
            <translation>Environnement « %1 » inconnu : utilisez production, staging ou local.</translation>
        </message>
        <message>
            <source>The colour must look like #1a2b3c.</source>
            <translation>La couleur doit être de la forme #1a2b3c.</translation>
        </message>
    </context>
    <context>
        <name>cc::UrlPolicy</name>
        <message>
            <source>"%1" is not a valid address; expected something like https://project.supabase.co.</source>
            <translation>« %1 » n’est pas une adresse valide ; attendu par exemple https://project.supabase.co.</translation>
        </message>
        <message>
            <source>"%1" must start with https://.</source>
            <translation>« %1 » doit commencer par https://.</translation>
        </message>
        <message>
            <source>HTTPS is required for %1: plain http is allowed only for this computer (127.0.0.1, localhost).</source>
            <translation>HTTPS est obligatoire pour %1 : le http simple n’est autorisé que pour cet ordinateur (127.0.0.1, localhost).</translation>
        </message>
        <message>
            <source>The address must not contain a user name or password.</source>
            <translation>L’adresse ne doit contenir ni nom d’utilisateur ni mot de passe.</translation>
        </message>
    </context>
    <context>
        <name>cc::auth::KeychainSecretStore</name>
        <message>
            <source>The keychain is locked or refused access. Unlock it and try again.</source>
            <translation>Le trousseau est verrouillé ou a refusé l’accès. Déverrouillez-le et réessayez.</translation>
        </message>
        <message>
            <source>No keychain is available on this desktop, so the sign-in cannot be remembered.</source>
            <translation>Aucun trousseau n’est disponible sur ce bureau ; la connexion ne peut donc pas être mémorisée.</translation>
        </message>
        <message>
            <source>The keychain entry could not be deleted.</source>
            <translation>L’entrée du trousseau n’a pas pu être supprimée.</translation>
        </message>
        <message>
            <source>The keychain could not be used: %1</source>
            <translation>Le trousseau n’a pas pu être utilisé : %1</translation>
        </message>
    </context>
    <context>
        <name>cc::auth::LoopbackRedirectListener</name>
        <message>
            <source>Sign-in timed out: the browser did not come back in time. Please try again.</source>
            <translation>Délai de connexion dépassé : le navigateur n’est pas revenu à temps. Veuillez réessayer.</translation>
        </message>
        <message>
            <source>The console could not open a local port for the browser to return to.</source>
            <translation>La console n’a pas pu ouvrir de port local vers lequel le navigateur peut revenir.</translation>
        </message>
        <message>
            <source>Sign-in was cancelled.</source>
            <translation>La connexion a été annulée.</translation>
        </message>
        <message>
            <source>Sign-in was refused in the browser.</source>
            <translation>La connexion a été refusée dans le navigateur.</translation>
        </message>
        <message>
            <source>The sign-in server reported an error: %1</source>
            <translation>Le serveur de connexion a signalé une erreur : %1</translation>
        </message>
        <message>
            <source>Sign-in failed</source>
            <translation>Échec de la connexion</translation>
        </message>
        <message>
            <source>You can close this tab and try again in Campaign Console.</source>
            <translation>Vous pouvez fermer cet onglet et réessayer dans Campaign Console.</translation>
        </message>
        <message>
            <source>Signed in</source>
            <translation>Connecté</translation>
        </message>
        <message>
            <source>Signed in, you can close this tab and return to Campaign Console.</source>
            <translation>Connecté. Vous pouvez fermer cet onglet et revenir à Campaign Console.</translation>
        </message>
        <message>
            <source>Not a sign-in response</source>
            <translation>Ce n’est pas une réponse de connexion</translation>
        </message>
        <message>
            <source>This address only accepts the sign-in response for Campaign Console.</source>
            <translation>Cette adresse n’accepte que la réponse de connexion destinée à Campaign Console.</translation>
        </message>
    </context>
    <context>
        <name>cc::auth::SessionTokens</name>
        <message>
            <source>The sign-in server sent an incomplete answer.</source>
            <translation>Le serveur de connexion a envoyé une réponse incomplète.</translation>
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
            <translation>Gérer les profils et les données de Campaign Console en ligne de commande.

Commandes :
  profiles list              Lister les profils enregistrés.
  profiles add [options]     Ajouter un profil (voir : campaignctl profiles add --help).
  profiles remove NOM        Supprimer un profil.</translation>
        </message>
        <message>
            <source>Print machine-readable JSON.</source>
            <translation>Afficher du JSON lisible par une machine.</translation>
        </message>
        <message>
            <source>Use settings file &lt;file&gt; instead of the standard one.</source>
            <translation>Utiliser le fichier de paramètres &lt;file&gt; au lieu du fichier standard.</translation>
        </message>
        <message>
            <source>The command to run.</source>
            <translation>La commande à exécuter.</translation>
        </message>
        <message>
            <source>no command given.</source>
            <translation>aucune commande indiquée.</translation>
        </message>
        <message>
            <source>unknown command "%1".</source>
            <translation>commande « %1 » inconnue.</translation>
        </message>
    </context>
    <context>
        <name>cc::cli::CtlContext</name>
        <message>
            <source>campaignctl: %1</source>
            <translation>campaignctl : %1</translation>
        </message>
    </context>
    <context>
        <name>cc::cli::ProfilesCommand</name>
        <message>
            <source>Usage: campaignctl profiles list | add | remove NAME
</source>
            <translation>Usage : campaignctl profiles list | add | remove NOM
</translation>
        </message>
        <message>
            <source>profiles needs an action: list, add or remove.</source>
            <translation>profiles nécessite une action : list, add ou remove.</translation>
        </message>
        <message>
            <source>unknown action "%1" for profiles.</source>
            <translation>action « %1 » inconnue pour profiles.</translation>
        </message>
        <message>
            <source>List the saved profiles.</source>
            <translation>Lister les profils enregistrés.</translation>
        </message>
        <message>
            <source>profiles list takes no arguments.</source>
            <translation>profiles list n’accepte aucun argument.</translation>
        </message>
        <message>
            <source>No profiles yet. Add one with: campaignctl profiles add --name NAME --url URL --anon-key KEY</source>
            <translation>Aucun profil pour l’instant. Ajoutez-en un avec : campaignctl profiles add --name NOM --url URL --anon-key CLÉ</translation>
        </message>
        <message>
            <source>Add a profile: a named backend the console can connect to.</source>
            <translation>Ajouter un profil : un backend nommé auquel la console peut se connecter.</translation>
        </message>
        <message>
            <source>The profile's name.</source>
            <translation>Le nom du profil.</translation>
        </message>
        <message>
            <source>The project URL (https://&lt;ref&gt;.supabase.co).</source>
            <translation>L’URL du projet (https://&lt;ref&gt;.supabase.co).</translation>
        </message>
        <message>
            <source>The anon (publishable) key.</source>
            <translation>La clé anon (publique).</translation>
        </message>
        <message>
            <source>production, staging or local (default production).</source>
            <translation>production, staging ou local (par défaut : production).</translation>
        </message>
        <message>
            <source>The profile's colour, #rrggbb.</source>
            <translation>La couleur du profil, #rrggbb.</translation>
        </message>
        <message>
            <source>Sign-in type: supabase (default) or oidc.</source>
            <translation>Type de connexion : supabase (par défaut) ou oidc.</translation>
        </message>
        <message>
            <source>The GoTrue provider for supabase sign-in.</source>
            <translation>Le fournisseur GoTrue pour la connexion supabase.</translation>
        </message>
        <message>
            <source>The OAuth client id (default campaign-console).</source>
            <translation>L’identifiant client OAuth (par défaut : campaign-console).</translation>
        </message>
        <message>
            <source>The OpenID Connect issuer URL (oidc sign-in).</source>
            <translation>L’URL de l’émetteur OpenID Connect (connexion oidc).</translation>
        </message>
        <message>
            <source>Space-separated OAuth scopes.</source>
            <translation>Portées OAuth séparées par des espaces.</translation>
        </message>
        <message>
            <source>The e-mail API base URL (default &lt;url&gt;/api/email).</source>
            <translation>L’URL de base de l’API e-mail (par défaut : &lt;url&gt;/api/email).</translation>
        </message>
        <message>
            <source>Make it the profile the console opens with.</source>
            <translation>En faire le profil ouvert au démarrage de la console.</translation>
        </message>
        <message>
            <source>unexpected argument "%1".</source>
            <translation>argument inattendu « %1 ».</translation>
        </message>
        <message>
            <source>--%1 is required.</source>
            <translation>--%1 est obligatoire.</translation>
        </message>
        <message>
            <source>Added profile "%1".</source>
            <translation>Profil « %1 » ajouté.</translation>
        </message>
        <message>
            <source>Remove a saved profile.</source>
            <translation>Supprimer un profil enregistré.</translation>
        </message>
        <message>
            <source>The profile to remove.</source>
            <translation>Le profil à supprimer.</translation>
        </message>
        <message>
            <source>profiles remove needs exactly one profile name.</source>
            <translation>profiles remove nécessite exactement un nom de profil.</translation>
        </message>
        <message>
            <source>Removed profile "%1".</source>
            <translation>Profil « %1 » supprimé.</translation>
        </message>
    </context>
    <context>
        <name>cc::net::ApiClient</name>
        <message>
            <source>The service "%1" is busy and cannot be reconfigured now.</source>
            <translation>Le service « %1 » est occupé et ne peut pas être reconfiguré maintenant.</translation>
        </message>
        <message>
            <source>reset by hand</source>
            <translation>réinitialisé manuellement</translation>
        </message>
    </context>
    <context>
        <name>cc::net::ErrorMapper</name>
        <message>
            <source>Expected exactly one matching record, but the server found none or several.</source>
            <translation>Un seul enregistrement correspondant était attendu, mais le serveur n’en a trouvé aucun ou plusieurs.</translation>
        </message>
        <message>
            <source>The server rejected the request as invalid.</source>
            <translation>Le serveur a rejeté la requête comme invalide.</translation>
        </message>
        <message>
            <source>You are not signed in, or your session has expired.</source>
            <translation>Vous n’êtes pas connecté, ou votre session a expiré.</translation>
        </message>
        <message>
            <source>You do not have permission to do this.</source>
            <translation>Vous n’avez pas l’autorisation de faire cela.</translation>
        </message>
        <message>
            <source>The requested record or address was not found.</source>
            <translation>L’enregistrement ou l’adresse demandé est introuvable.</translation>
        </message>
        <message>
            <source>The server gave up waiting for the request.</source>
            <translation>Le serveur a cessé d’attendre la requête.</translation>
        </message>
        <message>
            <source>The change conflicts with existing data, for example a duplicate.</source>
            <translation>La modification entre en conflit avec des données existantes, par exemple un doublon.</translation>
        </message>
        <message>
            <source>The request is too large for the server.</source>
            <translation>La requête est trop volumineuse pour le serveur.</translation>
        </message>
        <message>
            <source>The requested page lies beyond the end of the results.</source>
            <translation>La page demandée se situe au-delà de la fin des résultats.</translation>
        </message>
        <message>
            <source>The server is receiving too many requests; please wait a moment.</source>
            <translation>Le serveur reçoit trop de requêtes ; veuillez patienter un instant.</translation>
        </message>
        <message>
            <source>The server ran into an internal error.</source>
            <translation>Le serveur a rencontré une erreur interne.</translation>
        </message>
        <message>
            <source>The service is temporarily unavailable.</source>
            <translation>Le service est temporairement indisponible.</translation>
        </message>
        <message>
            <source>The server refused the connection; is it running?</source>
            <translation>Le serveur a refusé la connexion ; est-il démarré ?</translation>
        </message>
        <message>
            <source>The server's name could not be found; check the address.</source>
            <translation>Le nom du serveur est introuvable ; vérifiez l’adresse.</translation>
        </message>
        <message>
            <source>The server closed the connection before answering completely.</source>
            <translation>Le serveur a fermé la connexion avant d’avoir répondu entièrement.</translation>
        </message>
        <message>
            <source>The server redirected to an insecure address; the console refused.</source>
            <translation>Le serveur a redirigé vers une adresse non sécurisée ; la console a refusé.</translation>
        </message>
        <message numerus="yes">
            <source>The server did not answer in time (%n attempt(s)).</source>
            <translation>
                <numerusform>Le serveur n’a pas répondu à temps (%n tentative).</numerusform>
                <numerusform>Le serveur n’a pas répondu à temps (%n tentatives).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The %1 service is failing; the console will try it again in %n second(s).</source>
            <translation>
                <numerusform>Le service %1 est défaillant ; la console réessaiera dans %n seconde.</numerusform>
                <numerusform>Le service %1 est défaillant ; la console réessaiera dans %n secondes.</numerusform>
            </translation>
        </message>
        <message>
            <source>The %1 service is failing; the console is testing whether it has recovered.</source>
            <translation>Le service %1 est défaillant ; la console vérifie s’il est rétabli.</translation>
        </message>
        <message>
            <source>Too many requests are waiting; please try again in a moment.</source>
            <translation>Trop de requêtes sont en attente ; veuillez réessayer dans un instant.</translation>
        </message>
    </context>
    <context>
        <name>cc::sandbox::SandboxOptions</name>
        <message>
            <source>Listen on &lt;address&gt; (default 127.0.0.1).</source>
            <translation>Écouter sur &lt;address&gt; (par défaut : 127.0.0.1).</translation>
        </message>
        <message>
            <source>Listen on &lt;port&gt; (default 0: any free port).</source>
            <translation>Écouter sur &lt;port&gt; (par défaut 0 : un port libre).</translation>
        </message>
        <message>
            <source>SQLite database &lt;file&gt;, or :memory: (default).</source>
            <translation>Base SQLite &lt;file&gt;, ou :memory: (par défaut).</translation>
        </message>
        <message>
            <source>Create &lt;n&gt; demo campaigns.</source>
            <translation>Créer &lt;n&gt; campagnes de démonstration.</translation>
        </message>
        <message>
            <source>Seed for the demo data's randomness.</source>
            <translation>Graine pour l’aléa des données de démonstration.</translation>
        </message>
        <message>
            <source>Secret for signing JWTs (default: random).</source>
            <translation>Secret de signature des JWT (par défaut : aléatoire).</translation>
        </message>
        <message>
            <source>Allow listening on a non-loopback address.</source>
            <translation>Autoriser l’écoute sur une adresse autre que la boucle locale.</translation>
        </message>
        <message>
            <source>Refusing to listen on %1: the sandbox has demo passwords. Use --allow-remote if you mean it.</source>
            <translation>Refus d’écouter sur %1 : le bac à sable a des mots de passe de démonstration. Utilisez --allow-remote si c’est voulu.</translation>
        </message>
        <message>
            <source>--port must be a number from 0 to 65535.</source>
            <translation>--port doit être un nombre de 0 à 65535.</translation>
        </message>
        <message>
            <source>--seed must be a number of campaigns (0 or more).</source>
            <translation>--seed doit être un nombre de campagnes (0 ou plus).</translation>
        </message>
        <message>
            <source>--seed-random must be a number.</source>
            <translation>--seed-random doit être un nombre.</translation>
        </message>
        <message>
            <source>Access-token lifetime in &lt;seconds&gt; (default 3600).</source>
            <translation>Durée de vie des jetons d’accès en &lt;seconds&gt; (par défaut : 3600).</translation>
        </message>
        <message>
            <source>Fault-injection rules as &lt;json&gt;, e.g. {"seed":1,"rest":{"error_rate":0.2,"status":503}}.</source>
            <translation>Règles d’injection de pannes en &lt;json&gt;, p. ex. {"seed":1,"rest":{"error_rate":0.2,"status":503}}.</translation>
        </message>
        <message>
            <source>--jwt-expiry must be a number of seconds (1 or more).</source>
            <translation>--jwt-expiry doit être un nombre de secondes (1 ou plus).</translation>
        </message>
    </context>
    <context>
        <name>cc::sandbox::SandboxServer</name>
        <message>
            <source>The sandbox could not start.</source>
            <translation>Le bac à sable n’a pas pu démarrer.</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::ConnectionTester</name>
        <message>
            <source>No answer within %1 s. Check the project URL and your network.</source>
            <translation>Aucune réponse en %1 s. Vérifiez l’URL du projet et votre réseau.</translation>
        </message>
        <message>
            <source>Connected: the Auth service answered in %1 ms.</source>
            <translation>Connecté : le service Auth a répondu en %1 ms.</translation>
        </message>
        <message>
            <source>Connected: the Auth service (%1) answered in %2 ms.</source>
            <translation>Connecté : le service Auth (%1) a répondu en %2 ms.</translation>
        </message>
        <message>
            <source>The server refused the key (HTTP %1). Check the anon key.</source>
            <translation>Le serveur a refusé la clé (HTTP %1). Vérifiez la clé anon.</translation>
        </message>
        <message>
            <source>The server answered HTTP 404: this does not look like a Supabase project URL.</source>
            <translation>Le serveur a répondu HTTP 404 : cela ne ressemble pas à une URL de projet Supabase.</translation>
        </message>
        <message>
            <source>The server answered HTTP %1.</source>
            <translation>Le serveur a répondu HTTP %1.</translation>
        </message>
        <message>
            <source>The secure connection failed: %1</source>
            <translation>La connexion sécurisée a échoué : %1</translation>
        </message>
        <message>
            <source>The host %1 was not found. Check the project URL.</source>
            <translation>L’hôte %1 est introuvable. Vérifiez l’URL du projet.</translation>
        </message>
        <message>
            <source>Could not connect: %1</source>
            <translation>Connexion impossible : %1</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::ConsoleApplication</name>
        <message>
            <source>%1: no display found: neither DISPLAY nor WAYLAND_DISPLAY is set.
Start it from a desktop session, or set QT_QPA_PLATFORM=offscreen to run without a screen.</source>
            <translation>%1 : aucun affichage trouvé : ni DISPLAY ni WAYLAND_DISPLAY n’est défini.
Lancez-le depuis une session de bureau, ou définissez QT_QPA_PLATFORM=offscreen pour l’exécuter sans écran.</translation>
        </message>
        <message>
            <source>there is no profile named "%1".</source>
            <translation>aucun profil ne s’appelle « %1 ».</translation>
        </message>
        <message>
            <source>No profiles are saved yet: add one in Settings or with 'campaignctl profiles add'.</source>
            <translation>Aucun profil enregistré pour l’instant : ajoutez-en un dans les Paramètres ou avec « campaignctl profiles add ».</translation>
        </message>
        <message>
            <source>Saved profiles: %1</source>
            <translation>Profils enregistrés : %1</translation>
        </message>
        <message>
            <source>Starting the demo sandbox…</source>
            <translation>Démarrage du bac à sable de démonstration…</translation>
        </message>
        <message>
            <source>Demo sandbox at %1 (campaigns: %L2)</source>
            <translation>Bac à sable de démonstration sur %1 (campagnes : %L2)</translation>
        </message>
        <message>
            <source>The demo sandbox did not start: %1</source>
            <translation>Le bac à sable de démonstration n’a pas démarré : %1</translation>
        </message>
        <message>
            <source>%L1 campaigns in the demo sandbox</source>
            <translation>%L1 campagnes dans le bac à sable de démonstration</translation>
        </message>
        <message>
            <source>The built-in sandbox at %1 holds %L2 generated campaigns of two marketers and one administrator. Browsing and editing them in this window comes with the campaigns workspace; until then the sandbox answers the Supabase REST API at %1/rest/v1.</source>
            <translation>Le bac à sable intégré sur %1 contient %L2 campagnes générées de deux responsables marketing et d’une administratrice. La consultation et la modification dans cette fenêtre arrivent avec l’espace de travail des campagnes ; d’ici là, le bac à sable répond à l’API REST Supabase sur %1/rest/v1.</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::ConsoleCommandLine</name>
        <message>
            <source>Campaign Console: manage campaigns and watch the health of a Supabase backend.</source>
            <translation>Campaign Console : gérer les campagnes et surveiller l’état d’un backend Supabase.</translation>
        </message>
        <message>
            <source>Save a picture of the main window to &lt;file&gt; after it is drawn, then exit.</source>
            <translation>Enregistrer une image de la fenêtre principale dans &lt;file&gt; une fois affichée, puis quitter.</translation>
        </message>
        <message>
            <source>Open page &lt;name&gt;: %1.</source>
            <translation>Ouvrir la page &lt;name&gt; : %1.</translation>
        </message>
        <message>
            <source>Try '%1 --help' for more information.</source>
            <translation>Essayez « %1 --help » pour plus d’informations.</translation>
        </message>
        <message>
            <source>unexpected argument "%1".</source>
            <translation>argument inattendu « %1 ».</translation>
        </message>
        <message>
            <source>--screenshot needs a file name.</source>
            <translation>--screenshot nécessite un nom de fichier.</translation>
        </message>
        <message>
            <source>Unknown page "%1": use %2.</source>
            <translation>Page « %1 » inconnue : utilisez %2.</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::LanguageSettings</name>
        <message>
            <source>System default (%1)</source>
            <translation>Valeur du système (%1)</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>Lan&amp;gue :</translation>
        </message>
        <message>
            <source>Menus and messages use this language.</source>
            <translation>Les menus et les messages utilisent cette langue.</translation>
        </message>
        <message>
            <source>%1 is used the next time Campaign Console starts; until then it stays in %2.</source>
            <translation>%1 sera utilisé au prochain démarrage de Campaign Console ; d’ici là, la langue reste %2.</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::LogTableModel</name>
        <message>
            <source>Debug</source>
            <translation>Débogage</translation>
        </message>
        <message>
            <source>Info</source>
            <translation>Info</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>Avertissement</translation>
        </message>
        <message>
            <source>Critical</source>
            <translation>Critique</translation>
        </message>
        <message>
            <source>Fatal</source>
            <translation>Fatal</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Heure</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Niveau</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Catégorie</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Message</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::LogsPage</name>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Actualiser</translation>
        </message>
        <message>
            <source>&amp;Open log folder</source>
            <translation>&amp;Ouvrir le dossier des journaux</translation>
        </message>
        <message>
            <source>Minimum level</source>
            <translation>Niveau minimal</translation>
        </message>
        <message>
            <source>All levels</source>
            <translation>Tous les niveaux</translation>
        </message>
        <message>
            <source>Info and above</source>
            <translation>Info et plus</translation>
        </message>
        <message>
            <source>Warnings and above</source>
            <translation>Avertissements et plus</translation>
        </message>
        <message>
            <source>Critical only</source>
            <translation>Critique uniquement</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Catégorie</translation>
        </message>
        <message>
            <source>All categories</source>
            <translation>Toutes les catégories</translation>
        </message>
        <message>
            <source>Filter messages and context…</source>
            <translation>Filtrer les messages et le contexte…</translation>
        </message>
        <message>
            <source>Filter text</source>
            <translation>Texte du filtre</translation>
        </message>
        <message>
            <source>Select an entry to see its message, context and error in full.</source>
            <translation>Sélectionnez une entrée pour voir son message, son contexte et son erreur en entier.</translation>
        </message>
        <message>
            <source>Logs</source>
            <translation>Journaux</translation>
        </message>
        <message>
            <source>What the console recorded, newest first. Secrets are removed before anything is written.</source>
            <translation>Ce que la console a enregistré, du plus récent au plus ancien. Les secrets sont retirés avant toute écriture.</translation>
        </message>
        <message>
            <source>Context:</source>
            <translation>Contexte :</translation>
        </message>
        <message>
            <source>Error:</source>
            <translation>Erreur :</translation>
        </message>
        <message>
            <source>No log entries yet in %1.</source>
            <translation>Aucune entrée de journal pour l’instant dans %1.</translation>
        </message>
        <message numerus="yes">
            <source>%n entries</source>
            <translation>
                <numerusform>%n entrée</numerusform>
                <numerusform>%n entrées</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Showing %1 of %n entries</source>
            <translation>
                <numerusform>Affichage de %1 sur %n entrée</numerusform>
                <numerusform>Affichage de %1 sur %n entrées</numerusform>
            </translation>
        </message>
        <message>
            <source> · reading…</source>
            <translation> · lecture…</translation>
        </message>
        <message numerus="yes">
            <source> · %n unreadable lines skipped</source>
            <translation>
                <numerusform> · %n ligne illisible ignorée</numerusform>
                <numerusform> · %n lignes illisibles ignorées</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cc::ui::MainWindow</name>
        <message>
            <source>Pages</source>
            <translation>Pages</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Affichage</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>Ai&amp;de</translation>
        </message>
        <message>
            <source>&amp;About Campaign Console</source>
            <translation>À &amp;propos de Campaign Console</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <source>Not connected</source>
            <translation>Non connecté</translation>
        </message>
        <message>
            <source>Connecting…</source>
            <translation>Connexion…</translation>
        </message>
        <message>
            <source>Connected</source>
            <translation>Connecté</translation>
        </message>
        <message>
            <source>Offline</source>
            <translation>Hors ligne</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1 : %2</translation>
        </message>
        <message>
            <source>About %1</source>
            <translation>À propos de %1</translation>
        </message>
        <message>
            <source>Version %1</source>
            <translation>Version %1</translation>
        </message>
        <message>
            <source>A desktop administration console for Supabase backends.
Built with Qt %1.</source>
            <translation>Une console d’administration de bureau pour les backends Supabase.
Conçue avec Qt %1.</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::PlaceholderPages</name>
        <message>
            <source>Campaigns</source>
            <translation>Campagnes</translation>
        </message>
        <message>
            <source>Live feed</source>
            <translation>Flux en direct</translation>
        </message>
        <message>
            <source>Health</source>
            <translation>État</translation>
        </message>
        <message>
            <source>Accounts</source>
            <translation>Comptes</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Paramètres</translation>
        </message>
        <message>
            <source>Logs</source>
            <translation>Journaux</translation>
        </message>
        <message>
            <source>No backend profile yet</source>
            <translation>Aucun profil de backend</translation>
        </message>
        <message>
            <source>Open Settings</source>
            <translation>Ouvrir les Paramètres</translation>
        </message>
        <message>
            <source>Add a profile in Settings with your Supabase project URL and anon key, or start the console with --demo to try it against the built-in sandbox.</source>
            <translation>Ajoutez un profil dans les Paramètres avec l’URL et la clé anon de votre projet Supabase, ou lancez la console avec --demo pour l’essayer avec le bac à sable intégré.</translation>
        </message>
        <message>
            <source>Browse, search and edit the campaigns of the backend.</source>
            <translation>Parcourir, rechercher et modifier les campagnes du backend.</translation>
        </message>
        <message>
            <source>Campaigns are listed here once the console is connected to a backend.

</source>
            <translation>Les campagnes s’affichent ici une fois la console connectée à un backend.

</translation>
        </message>
        <message>
            <source>No campaigns to show yet</source>
            <translation>Aucune campagne à afficher</translation>
        </message>
        <message>
            <source>This version of Campaign Console manages backend profiles and shows its own log; the campaigns of “%1” will be listed here once campaign browsing is added.

You can check that the backend answers with Test connection in Settings.</source>
            <translation>Cette version de Campaign Console gère les profils de backend et affiche son propre journal ; les campagnes de « %1 » s’afficheront ici quand la consultation des campagnes sera ajoutée.

Pour vérifier que le backend répond, utilisez Tester la connexion dans les Paramètres.</translation>
        </message>
        <message>
            <source>Changes to campaigns as they happen on the server.</source>
            <translation>Les modifications des campagnes, dès qu’elles ont lieu sur le serveur.</translation>
        </message>
        <message>
            <source>Every insert, update and delete made on the backend will appear here as it happens.

</source>
            <translation>Chaque ajout, modification et suppression effectués sur le backend apparaîtra ici en temps réel.

</translation>
        </message>
        <message>
            <source>No live changes to show</source>
            <translation>Aucune modification en direct</translation>
        </message>
        <message>
            <source>This version does not subscribe to the backend's change stream yet. When it does, changes made on “%1” by anyone will appear here as they happen.</source>
            <translation>Cette version ne s’abonne pas encore au flux de modifications du backend. Quand ce sera le cas, les modifications faites sur « %1 » par quiconque apparaîtront ici en temps réel.</translation>
        </message>
        <message>
            <source>The state of every service the console depends on.</source>
            <translation>L’état de chaque service dont dépend la console.</translation>
        </message>
        <message>
            <source>Auth, the REST API, Realtime and the e-mail API will each show their state, latency and uptime here.

</source>
            <translation>Auth, l’API REST, Realtime et l’API e-mail afficheront ici leur état, leur latence et leur disponibilité.

</translation>
        </message>
        <message>
            <source>No health checks yet</source>
            <translation>Aucune vérification d’état</translation>
        </message>
        <message>
            <source>Scheduled health checks are not part of this version. To check by hand that the Auth service of “%1” answers, use Test connection in Settings.</source>
            <translation>Les vérifications d’état planifiées ne font pas partie de cette version. Pour vérifier manuellement que le service Auth de « %1 » répond, utilisez Tester la connexion dans les Paramètres.</translation>
        </message>
        <message>
            <source>Your sign-in and the social accounts connected for campaigns.</source>
            <translation>Votre connexion et les comptes de réseaux sociaux liés aux campagnes.</translation>
        </message>
        <message>
            <source>Signing in through your web browser and the accounts connected for campaigns will be managed here.

</source>
            <translation>La connexion via votre navigateur web et les comptes liés aux campagnes seront gérés ici.

</translation>
        </message>
        <message>
            <source>Not signed in</source>
            <translation>Non connecté</translation>
        </message>
        <message>
            <source>Signing in to “%1” through your web browser is not available in this version yet. Nothing about your accounts is stored on this computer.</source>
            <translation>La connexion à « %1 » via votre navigateur web n’est pas encore disponible dans cette version. Aucune information sur vos comptes n’est stockée sur cet ordinateur.</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::ProfileChip</name>
        <message>
            <source>production</source>
            <translation>production</translation>
        </message>
        <message>
            <source>staging</source>
            <translation>préproduction</translation>
        </message>
        <message>
            <source>local</source>
            <translation>local</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Profile %1 at %2</source>
            <translation>Profil %1 sur %2</translation>
        </message>
        <message>
            <source>No profile</source>
            <translation>Aucun profil</translation>
        </message>
        <message>
            <source>No backend profile is in use. Add one in Settings.</source>
            <translation>Aucun profil de backend n’est utilisé. Ajoutez-en un dans les Paramètres.</translation>
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
            <translation>N&amp;om :</translation>
        </message>
        <message>
            <source>e.g. Staging</source>
            <translation>p. ex. Préproduction</translation>
        </message>
        <message>
            <source>Project &amp;URL:</source>
            <translation>URL du &amp;projet :</translation>
        </message>
        <message>
            <source>Anon &amp;key:</source>
            <translation>&amp;Clé anon :</translation>
        </message>
        <message>
            <source>The publishable (anon) key from the project's API settings</source>
            <translation>La clé publique (anon) des paramètres d’API du projet</translation>
        </message>
        <message>
            <source>&amp;Environment:</source>
            <translation>En&amp;vironnement :</translation>
        </message>
        <message>
            <source>Choose a colour</source>
            <translation>Choisir une couleur</translation>
        </message>
        <message>
            <source>&amp;Colour:</source>
            <translation>Cou&amp;leur :</translation>
        </message>
        <message>
            <source>Sign-in</source>
            <translation>Connexion</translation>
        </message>
        <message>
            <source>Supabase Auth (browser, PKCE)</source>
            <translation>Supabase Auth (navigateur, PKCE)</translation>
        </message>
        <message>
            <source>OpenID Connect provider</source>
            <translation>Fournisseur OpenID Connect</translation>
        </message>
        <message>
            <source>Sign-in &amp;type:</source>
            <translation>T&amp;ype de connexion :</translation>
        </message>
        <message>
            <source>&amp;Provider:</source>
            <translation>&amp;Fournisseur :</translation>
        </message>
        <message>
            <source>e.g. github (optional)</source>
            <translation>p. ex. github (facultatif)</translation>
        </message>
        <message>
            <source>&amp;Issuer URL:</source>
            <translation>URL de l’é&amp;metteur :</translation>
        </message>
        <message>
            <source>Client &amp;ID:</source>
            <translation>&amp;Identifiant client :</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>E-mail &amp;API URL:</source>
            <translation>URL de l’&amp;API e-mail :</translation>
        </message>
        <message>
            <source>%1 (default)</source>
            <translation>%1 (par défaut)</translation>
        </message>
        <message>
            <source>Default: %1</source>
            <translation>Par défaut : %1</translation>
        </message>
        <message>
            <source>Default: &lt;project URL&gt;/api/email</source>
            <translation>Par défaut : &lt;URL du projet&gt;/api/email</translation>
        </message>
        <message>
            <source>Profile colour</source>
            <translation>Couleur du profil</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::ScreenshotTaker</name>
        <message>
            <source>The window closed before the screenshot was taken.</source>
            <translation>La fenêtre s’est fermée avant la capture d’écran.</translation>
        </message>
        <message>
            <source>Could not write the screenshot to %1.</source>
            <translation>Impossible d’écrire la capture d’écran dans %1.</translation>
        </message>
        <message>
            <source>Screenshot saved to %1 (%2×%3).</source>
            <translation>Capture d’écran enregistrée dans %1 (%2×%3).</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::SettingsPage</name>
        <message>
            <source>Unsaved changes</source>
            <translation>Modifications non enregistrées</translation>
        </message>
        <message>
            <source>The new profile has not been saved.</source>
            <translation>Le nouveau profil n’a pas été enregistré.</translation>
        </message>
        <message>
            <source>The changes to “%1” have not been saved.</source>
            <translation>Les modifications de « %1 » n’ont pas été enregistrées.</translation>
        </message>
        <message>
            <source>&amp;New profile</source>
            <translation>&amp;Nouveau profil</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>&amp;Supprimer…</translation>
        </message>
        <message>
            <source>&amp;Test connection</source>
            <translation>&amp;Tester la connexion</translation>
        </message>
        <message>
            <source>U&amp;se this profile</source>
            <translation>&amp;Utiliser ce profil</translation>
        </message>
        <message>
            <source>&amp;Revert</source>
            <translation>&amp;Rétablir</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Enregistrer</translation>
        </message>
        <message>
            <source>Saved profiles</source>
            <translation>Profils enregistrés</translation>
        </message>
        <message>
            <source>No profiles saved yet.

Fill in the form with your project's URL and anon key, then press Save.</source>
            <translation>Aucun profil enregistré pour l’instant.

Saisissez l’URL et la clé anon de votre projet dans le formulaire, puis cliquez sur Enregistrer.</translation>
        </message>
        <message>
            <source>Profiles</source>
            <translation>Profils</translation>
        </message>
        <message>
            <source>General</source>
            <translation>Général</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Paramètres</translation>
        </message>
        <message>
            <source>Backend profiles and the console's language.</source>
            <translation>Les profils de backend et la langue de la console.</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <source>%1 (in use)</source>
            <translation>%1 (utilisé)</translation>
        </message>
        <message>
            <source>Not saved: correct the marked fields.</source>
            <translation>Non enregistré : corrigez les champs signalés.</translation>
        </message>
        <message>
            <source>Saved “%1”.</source>
            <translation>« %1 » enregistré.</translation>
        </message>
        <message>
            <source>Delete profile</source>
            <translation>Supprimer le profil</translation>
        </message>
        <message>
            <source>Delete the profile “%1”?</source>
            <translation>Supprimer le profil « %1 » ?</translation>
        </message>
        <message>
            <source>Its settings are removed from this computer. This cannot be undone.</source>
            <translation>Ses paramètres sont supprimés de cet ordinateur. Cette action est irréversible.</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <source>Deleted “%1”.</source>
            <translation>« %1 » supprimé.</translation>
        </message>
        <message>
            <source>Cannot test: correct the project URL and key first.</source>
            <translation>Test impossible : corrigez d’abord l’URL du projet et la clé.</translation>
        </message>
        <message>
            <source>Testing the connection to %1…</source>
            <translation>Test de la connexion à %1…</translation>
        </message>
        <message>
            <source>New profile</source>
            <translation>Nouveau profil</translation>
        </message>
    </context>
</TS>
