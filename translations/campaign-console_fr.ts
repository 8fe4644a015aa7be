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
            <translation>Journaliser à partir du niveau &lt;level&gt; : debug, info, warning, critical.</translation>
        </message>
        <message>
            <source>--profile needs a profile name.</source>
            <translation>--profile nécessite un nom de profil.</translation>
        </message>
        <message>
            <source>Unknown language "%1": use en, de or fr.</source>
            <translation>Langue « %1 » inconnue : utilisez en, de ou fr.</translation>
        </message>
        <message>
            <source>--demo and --profile cannot be used together: --demo uses its own local profile.</source>
            <translation>--demo et --profile ne peuvent pas être utilisés ensemble : --demo utilise son propre profil local.</translation>
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
            <translation>Le service est défaillant ; la console réessaiera sous peu.</translation>
        </message>
        <message>
            <source>Too many requests; please wait a moment.</source>
            <translation>Trop de requêtes ; veuillez patienter un instant.</translation>
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
            <translation>Niveau de journalisation « %1 » inconnu : utilisez debug, info, warning ou critical.</translation>
        </message>
    </context>
    <context>
        <name>cc::ProfileStore</name>
        <message>
            <source>There is no profile named "%1".</source>
            <translation>Aucun profil ne s’appelle « %1 ».</translation>
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
            <translation>Un profil nommé « %1 » existe déjà.</translation>
        </message>
        <message>
            <source>The project URL is required.</source>
            <translation>L’URL du projet est obligatoire.</translation>
        </message>
        <message>
            <source>The anon (publishable) key is required: find it in the project's API settings.</source>
            <translation>La clé anon (publique) est obligatoire : vous la trouverez dans les paramètres d’API du projet.</translation>
        </message>
        <message>
            <source>The key must not contain spaces or line breaks.</source>
            <translation>La clé ne doit contenir ni espaces ni sauts de ligne.</translation>
        </message>
        <message>
            <source>This is a secret key; a desktop app must use the publishable (anon) key.</source>
            <translation>Ceci est une clé secrète ; une application de bureau doit utiliser la clé publique (anon).</translation>
        </message>
        <message>
            <source>Unknown sign-in type "%1": use supabase or oidc.</source>
            <translation>Type de connexion « %1 » inconnu : utilisez supabase ou oidc.</translation>
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
            <translation>Environnement « %1 » inconnu : utilisez production, staging ou local.</translation>
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
            <translation>« %1 » n’est pas une adresse valide ; attendu par exemple https://project.supabase.co.</translation>
        </message>
        <message>
            <source>"%1" must start with https://.</source>
            <translation>« %1 » doit commencer par https://.</translation>
        </message>
        <message>
            <source>HTTPS is required for %1: plain http is allowed only for this computer (127.0.0.1, localhost).</source>
            <translation>HTTPS est obligatoire pour %1 : le http simple n’est autorisé que pour cet ordinateur (127.0.0.1, localhost).</translation>
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
            <translation>Aucun trousseau n’est disponible sur ce bureau ; la connexion ne peut donc pas être mémorisée.</translation>
        </message>
        <message>
            <source>The keychain entry could not be deleted.</source>
            <translation>L’entrée du trousseau n’a pas pu être supprimée.</translation>
        </message>
        <message>
            <source>The keychain could not be used: %1</source>
            <translation>Le trousseau n’a pas pu être utilisé : %1</translation>
        </message>
    </context>
    <context>
        <name>cc::auth::LoopbackRedirectListener</name>
        <message>
            <source>Sign-in timed out: the browser did not come back in time. Please try again.</source>
            <translation>Délai de connexion dépassé : le navigateur n’est pas revenu à temps. Veuillez réessayer.</translation>
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
            <translation>Le serveur de connexion a signalé une erreur : %1</translation>
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

Commandes :
  profiles list              Lister les profils enregistrés.
  profiles add [options]     Ajouter un profil (voir : campaignctl profiles add --help).
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
            <translation>commande « %1 » inconnue.</translation>
        </message>
    </context>
    <context>
        <name>cc::cli::CtlContext</name>
        <message>
            <source>campaignctl: %1</source>
            <translation>campaignctl : %1</translation>
        </message>
    </context>
    <context>
        <name>cc::cli::ProfilesCommand</name>
        <message>
            <source>Usage: campaignctl profiles list | add | remove NAME
</source>
            <translation>Usage : campaignctl profiles list | add | remove NOM
</translation>
        </message>
        <message>
            <source>profiles needs an action: list, add or remove.</source>
            <translation>profiles nécessite une action : list, add ou remove.</translation>
        </message>
        <message>
            <source>unknown action "%1" for profiles.</source>
            <translation>action « %1 » inconnue pour profiles.</translation>
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
            <translation>Aucun profil pour l’instant. Ajoutez-en un avec : campaignctl profiles add --name NOM --url URL --anon-key CLÉ</translation>
        </message>
        <message>
            <source>Add a profile: a named backend the console can connect to.</source>
            <translation>Ajouter un profil : un backend nommé auquel la console peut se connecter.</translation>
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
            <translation>production, staging ou local (par défaut : production).</translation>
        </message>
        <message>
            <source>The profile's colour, #rrggbb.</source>
            <translation>La couleur du profil, #rrggbb.</translation>
        </message>
        <message>
            <source>Sign-in type: supabase (default) or oidc.</source>
            <translation>Type de connexion : supabase (par défaut) ou oidc.</translation>
        </message>
        <message>
            <source>The GoTrue provider for supabase sign-in.</source>
            <translation>Le fournisseur GoTrue pour la connexion supabase.</translation>
        </message>
        <message>
            <source>The OAuth client id (default campaign-console).</source>
            <translation>L’identifiant client OAuth (par défaut : campaign-console).</translation>
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
            <translation>L’URL de base de l’API e-mail (par défaut : &lt;url&gt;/api/email).</translation>
        </message>
        <message>
            <source>Make it the profile the console opens with.</source>
            <translation>En faire le profil ouvert au démarrage de la console.</translation>
        </message>
        <message>
            <source>unexpected argument "%1".</source>
            <translation>argument inattendu « %1 ».</translation>
        </message>
        <message>
            <source>--%1 is required.</source>
            <translation>--%1 est obligatoire.</translation>
        </message>
        <message>
            <source>Added profile "%1".</source>
            <translation>Profil « %1 » ajouté.</translation>
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
            <translation>Profil « %1 » supprimé.</translation>
        </message>
    </context>
    <context>
        <name>cc::sandbox::SandboxOptions</name>
        <message>
            <source>Listen on &lt;address&gt; (default 127.0.0.1).</source>
            <translation>Écouter sur &lt;address&gt; (par défaut : 127.0.0.1).</translation>
        </message>
        <message>
            <source>Listen on &lt;port&gt; (default 0: any free port).</source>
            <translation>Écouter sur &lt;port&gt; (par défaut 0 : un port libre).</translation>
        </message>
        <message>
            <source>SQLite database &lt;file&gt;, or :memory: (default).</source>
            <translation>Base SQLite &lt;file&gt;, ou :memory: (par défaut).</translation>
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
            <translation>Secret de signature des JWT (par défaut : aléatoire).</translation>
        </message>
        <message>
            <source>Allow listening on a non-loopback address.</source>
            <translation>Autoriser l’écoute sur une adresse autre que la boucle locale.</translation>
        </message>
        <message>
            <source>Refusing to listen on %1: the sandbox has demo passwords. Use --allow-remote if you mean it.</source>
            <translation>Refus d’écouter sur %1 : le bac à sable a des mots de passe de démonstration. Utilisez --allow-remote si c’est voulu.</translation>
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
    </context>
    <context>
        <name>cc::ui::MainWindow</name>
        <message>
            <source>Campaign Console</source>
            <translation>Campaign Console</translation>
        </message>
    </context>
</TS>
