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
        <name>cc::DemoMode</name>
        <message>
            <source>demo sessions are never stored</source>
            <translation>les sessions de démonstration ne sont jamais enregistrées</translation>
        </message>
        <message>
            <source>The demo sandbox has no administrator to sign in.</source>
            <translation>Le bac à sable de démonstration n’a aucun administrateur à connecter.</translation>
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
        <message>
            <source>The settings file %1 is damaged: it declares %L2 profiles; the first %L3 found are used.</source>
            <translation>Le fichier de paramètres %1 est endommagé : il déclare %L2 profils ; les %L3 premiers trouvés sont utilisés.</translation>
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
        <name>cc::SessionWorkspace</name>
        <message>
            <source>The access token does not name a user.</source>
            <translation>Le jeton d’accès n’indique aucun utilisateur.</translation>
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
        <name>cc::auth::CommandBrowserOpener</name>
        <message>
            <source>The browser "%1" could not be started; open the link yourself.</source>
            <translation>Le navigateur « %1 » n’a pas pu être lancé ; ouvrez le lien vous-même.</translation>
        </message>
    </context>
    <context>
        <name>cc::auth::IdToken</name>
        <message>
            <source>The sign-in server sent an unreadable identity token.</source>
            <translation>Le serveur de connexion a envoyé un jeton d’identité illisible.</translation>
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
        <message>
            <source>The sign-in answer came from a different server than the one the console asked (%1). Sign-in was stopped for your safety.</source>
            <translation>La réponse de connexion provient d’un autre serveur que celui interrogé par la console (%1). La connexion a été interrompue pour votre sécurité.</translation>
        </message>
    </context>
    <context>
        <name>cc::auth::OidcDiscovery</name>
        <message>
            <source>The profile has no valid OpenID Connect issuer URL.</source>
            <translation>Le profil n’a pas d’URL d’émetteur OpenID Connect valide.</translation>
        </message>
        <message>
            <source>The sign-in server's configuration could not be fetched: %1</source>
            <translation>La configuration du serveur de connexion n’a pas pu être récupérée : %1</translation>
        </message>
    </context>
    <context>
        <name>cc::auth::Session</name>
        <message>
            <source>Your session has expired; please sign in again.</source>
            <translation>Votre session a expiré ; veuillez vous reconnecter.</translation>
        </message>
        <message>
            <source>Your session has ended (it was signed out elsewhere or expired); please sign in again.</source>
            <translation>Votre session a pris fin (elle a été déconnectée ailleurs ou a expiré) ; veuillez vous reconnecter.</translation>
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
        <name>cc::auth::SignInFlow</name>
        <message>
            <source>The sign-in could not be completed: %1</source>
            <translation>La connexion n’a pas pu aboutir : %1</translation>
        </message>
        <message>
            <source>Sign-in cancelled.</source>
            <translation>Connexion annulée.</translation>
        </message>
        <message>
            <source>Choose one under Provider in Settings, or run: campaignctl profiles edit %1 --provider NAME.</source>
            <translation>Choisissez-en un sous « Fournisseur » dans les Paramètres, ou lancez : campaignctl profiles edit %1 --provider NAME.</translation>
        </message>
        <message>
            <source>The profile names no sign-in provider and the server did not say which it offers. %1</source>
            <translation>Le profil ne nomme aucun fournisseur de connexion et le serveur n’a pas indiqué lesquels il propose. %1</translation>
        </message>
        <message>
            <source>The profile names no sign-in provider; the server offers: %1. %2</source>
            <translation>Le profil ne nomme aucun fournisseur de connexion ; le serveur propose : %1. %2</translation>
        </message>
    </context>
    <context>
        <name>cc::auth::SignInSetupCheck</name>
        <message>
            <source>Choose %1 as the provider in the profile and save it.</source>
            <translation>Choisissez %1 comme fournisseur dans le profil et enregistrez-le.</translation>
        </message>
        <message>
            <source>Run: campaignctl profiles edit %1 --provider %2</source>
            <translation>Lancez : campaignctl profiles edit %1 --provider %2</translation>
        </message>
        <message>
            <source>Sign-in goes through the OpenID issuer; its discovery document is checked instead.</source>
            <translation>La connexion passe par l’émetteur OpenID ; son document de découverte est vérifié à la place.</translation>
        </message>
        <message>
            <source>No answer from the Auth service: %1.</source>
            <translation>Pas de réponse du service Auth : %1.</translation>
        </message>
        <message>
            <source>Check the project URL and the network.</source>
            <translation>Vérifiez l’URL du projet et le réseau.</translation>
        </message>
        <message>
            <source>The Auth service refused the anon key (HTTP %1).</source>
            <translation>Le service Auth a refusé la clé anon (HTTP %1).</translation>
        </message>
        <message>
            <source>Copy the anon (publishable) key from Project Settings &gt; API into the profile.</source>
            <translation>Copiez la clé anon (publishable) depuis Project Settings &gt; API dans le profil.</translation>
        </message>
        <message>
            <source>The Auth service did not say which sign-in providers it offers (HTTP %1).</source>
            <translation>Le service Auth n’a pas indiqué quels fournisseurs de connexion il propose (HTTP %1).</translation>
        </message>
        <message>
            <source>Check that the profile's URL is the project URL (https://&lt;ref&gt;.supabase.co).</source>
            <translation>Vérifiez que l’URL du profil est l’URL du projet (https://&lt;ref&gt;.supabase.co).</translation>
        </message>
        <message>
            <source>Enable a provider in the Supabase dashboard: Authentication &gt; Sign In / Providers (docs/real-supabase.md).</source>
            <translation>Activez un fournisseur dans le tableau de bord Supabase : Authentication &gt; Sign In / Providers (docs/real-supabase.md).</translation>
        </message>
        <message>
            <source>The project has no browser sign-in provider enabled.</source>
            <translation>Le projet n’a aucun fournisseur de connexion par navigateur activé.</translation>
        </message>
        <message>
            <source>The profile names no sign-in provider; the project offers: %1.</source>
            <translation>Le profil ne nomme aucun fournisseur de connexion ; le projet propose : %1.</translation>
        </message>
        <message>
            <source>The provider %1 is not enabled on the server; it offers: %2.</source>
            <translation>Le fournisseur %1 n’est pas activé sur le serveur ; il propose : %2.</translation>
        </message>
        <message>
            <source>Enable %1 in the Supabase dashboard (Authentication &gt; Sign In / Providers), or: %2</source>
            <translation>Activez %1 dans le tableau de bord Supabase (Authentication &gt; Sign In / Providers), ou : %2</translation>
        </message>
        <message>
            <source>Add %1 to Authentication &gt; URL Configuration &gt; Redirect URLs (docs/real-supabase.md).</source>
            <translation>Ajoutez %1 dans Authentication &gt; URL Configuration &gt; Redirect URLs (docs/real-supabase.md).</translation>
        </message>
        <message>
            <source>No answer from the sign-in page: %1.</source>
            <translation>Pas de réponse de la page de connexion : %1.</translation>
        </message>
        <message>
            <source>The server refuses the provider %1: %2</source>
            <translation>Le serveur refuse le fournisseur %1 : %2</translation>
        </message>
        <message>
            <source>Enable %1 in the Supabase dashboard (Authentication &gt; Sign In / Providers).</source>
            <translation>Activez %1 dans le tableau de bord Supabase (Authentication &gt; Sign In / Providers).</translation>
        </message>
        <message>
            <source>The server does not allow sign-in to return to this computer.</source>
            <translation>Le serveur n’autorise pas la connexion à revenir vers cet ordinateur.</translation>
        </message>
        <message>
            <source>The sign-in page answered HTTP %1: %2</source>
            <translation>La page de connexion a répondu HTTP %1 : %2</translation>
        </message>
        <message>
            <source>Check the provider's settings in the Supabase dashboard.</source>
            <translation>Vérifiez les paramètres du fournisseur dans le tableau de bord Supabase.</translation>
        </message>
        <message>
            <source>The server refused the sign-in request: %1</source>
            <translation>Le serveur a refusé la demande de connexion : %1</translation>
        </message>
        <message>
            <source>Update the console: it must send a PKCE (S256) challenge.</source>
            <translation>Mettez à jour la console : elle doit envoyer un défi PKCE (S256).</translation>
        </message>
        <message>
            <source>The server would send the sign-in back to %1, not to this computer.</source>
            <translation>Le serveur renverrait la connexion vers %1, pas vers cet ordinateur.</translation>
        </message>
        <message>
            <source>The server did not start a PKCE flow.</source>
            <translation>Le serveur n’a pas démarré de flux PKCE.</translation>
        </message>
        <message>
            <source>Update Supabase Auth (GoTrue) to a version with PKCE (v2.40 or later).</source>
            <translation>Mettez à jour Supabase Auth (GoTrue) vers une version avec PKCE (v2.40 ou ultérieure).</translation>
        </message>
        <message>
            <source>Sign-in with %1 is enabled, may return to this computer and uses PKCE.</source>
            <translation>La connexion avec %1 est activée, peut revenir vers cet ordinateur et utilise PKCE.</translation>
        </message>
        <message>
            <source>no answer within %1 s</source>
            <translation>pas de réponse en %1 s</translation>
        </message>
    </context>
    <context>
        <name>cc::auth::TokenRequests</name>
        <message>
            <source>Your session has ended; please sign in again.</source>
            <translation>Votre session a pris fin ; veuillez vous reconnecter.</translation>
        </message>
    </context>
    <context>
        <name>cc::auth::TokenStore</name>
        <message>
            <source>You are signed in for this session only: no keychain is available, so you will have to sign in again next time.</source>
            <translation>Vous êtes connecté pour cette session uniquement : aucun trousseau n’est disponible, vous devrez donc vous reconnecter la prochaine fois.</translation>
        </message>
    </context>
    <context>
        <name>cc::cli::AuthCommand</name>
        <message>
            <source>unexpected argument "%1".</source>
            <translation>argument inattendu « %1 ».</translation>
        </message>
        <message>
            <source>Sign in to a profile in the browser. Prints the sign-in link and waits for the browser to come back.</source>
            <translation>Se connecter à un profil dans le navigateur. Affiche le lien de connexion et attend le retour du navigateur.</translation>
        </message>
        <message>
            <source>Only print the link; do not open a browser.</source>
            <translation>Afficher uniquement le lien ; ne pas ouvrir de navigateur.</translation>
        </message>
        <message>
            <source>Open this link in a browser to sign in:</source>
            <translation>Ouvrez ce lien dans un navigateur pour vous connecter :</translation>
        </message>
        <message>
            <source>Waiting for the browser (Ctrl+C to stop)...</source>
            <translation>En attente du navigateur (Ctrl+C pour arrêter)...</translation>
        </message>
        <message>
            <source>Signed in as %1 (profile %2).</source>
            <translation>Connecté en tant que %1 (profil %2).</translation>
        </message>
        <message>
            <source>No usable keychain (%1): the session will not be remembered.</source>
            <translation>Aucun trousseau utilisable (%1) : la session ne sera pas mémorisée.</translation>
        </message>
        <message>
            <source>Show who is signed in to a profile.</source>
            <translation>Afficher qui est connecté à un profil.</translation>
        </message>
        <message>
            <source>%1 (user %2, role %3) on profile %4; the access token expires at %5.</source>
            <translation>%1 (utilisateur %2, rôle %3) sur le profil %4 ; le jeton d’accès expire le %5.</translation>
        </message>
        <message>
            <source>Sign out of a profile: revoke the session on the server and delete it from the keychain.</source>
            <translation>Se déconnecter d’un profil : révoquer la session sur le serveur et la supprimer du trousseau.</translation>
        </message>
        <message>
            <source>Signed out of profile %1.</source>
            <translation>Déconnecté du profil %1.</translation>
        </message>
    </context>
    <context>
        <name>cc::cli::CampaignsCommand</name>
        <message>
            <source>campaigns needs an action.</source>
            <translation>campaigns nécessite une action.</translation>
        </message>
        <message>
            <source>unknown action "%1" for campaigns.</source>
            <translation>action « %1 » inconnue pour campaigns.</translation>
        </message>
        <message>
            <source>The campaign's name (1 to 200 characters).</source>
            <translation>Le nom de la campagne (1 à 200 caractères).</translation>
        </message>
        <message>
            <source>draft, scheduled, active, paused, completed or archived.</source>
            <translation>draft, scheduled, active, paused, completed ou archived.</translation>
        </message>
        <message>
            <source>email, social or ads.</source>
            <translation>email, social ou ads.</translation>
        </message>
        <message>
            <source>The budget (zero or more).</source>
            <translation>Le budget (positif ou nul).</translation>
        </message>
        <message>
            <source>A three-letter currency code such as EUR.</source>
            <translation>Un code de devise de trois lettres, comme EUR.</translation>
        </message>
        <message>
            <source>The start date, YYYY-MM-DD (empty: none).</source>
            <translation>La date de début, YYYY-MM-DD (vide : aucune).</translation>
        </message>
        <message>
            <source>The end date, YYYY-MM-DD (empty: none).</source>
            <translation>La date de fin, YYYY-MM-DD (vide : aucune).</translation>
        </message>
        <message>
            <source>The audience size.</source>
            <translation>La taille de l’audience.</translation>
        </message>
        <message>
            <source>Messages sent.</source>
            <translation>Messages envoyés.</translation>
        </message>
        <message>
            <source>Messages opened.</source>
            <translation>Messages ouverts.</translation>
        </message>
        <message>
            <source>Clicks.</source>
            <translation>Clics.</translation>
        </message>
        <message>
            <source>--%1: "%2" is not a valid value.</source>
            <translation>--%1 : « %2 » n’est pas une valeur valide.</translation>
        </message>
        <message>
            <source>List campaigns (from the server; the local cache when offline).</source>
            <translation>Lister les campagnes (depuis le serveur ; depuis le cache local hors ligne).</translation>
        </message>
        <message>
            <source>Only campaigns with this status (repeatable).</source>
            <translation>Uniquement les campagnes ayant ce statut (répétable).</translation>
        </message>
        <message>
            <source>Only campaigns on this channel (repeatable).</source>
            <translation>Uniquement les campagnes sur ce canal (répétable).</translation>
        </message>
        <message>
            <source>Only names containing &lt;text&gt; (any case).</source>
            <translation>Uniquement les noms contenant &lt;text&gt; (sans tenir compte de la casse).</translation>
        </message>
        <message>
            <source>At most &lt;n&gt; campaigns.</source>
            <translation>Au plus &lt;n&gt; campagnes.</translation>
        </message>
        <message>
            <source>unknown status "%1".</source>
            <translation>statut « %1 » inconnu.</translation>
        </message>
        <message>
            <source>--limit needs a number of zero or more.</source>
            <translation>--limit nécessite un nombre positif ou nul.</translation>
        </message>
        <message>
            <source>offline: showing cached data (%1).</source>
            <translation>hors ligne : affichage des données en cache (%1).</translation>
        </message>
        <message>
            <source>%1 of %2 campaigns</source>
            <translation>%1 campagnes sur %2</translation>
        </message>
        <message>
            <source>Show one campaign.</source>
            <translation>Afficher une campagne.</translation>
        </message>
        <message>
            <source>The campaign's id.</source>
            <translation>L’identifiant de la campagne.</translation>
        </message>
        <message>
            <source>show needs exactly one campaign id.</source>
            <translation>show nécessite exactement un identifiant de campagne.</translation>
        </message>
        <message>
            <source>no campaign with id %1.</source>
            <translation>aucune campagne avec l’identifiant %1.</translation>
        </message>
        <message>
            <source>Create a campaign.</source>
            <translation>Créer une campagne.</translation>
        </message>
        <message>
            <source>--name is required.</source>
            <translation>--name est obligatoire.</translation>
        </message>
        <message>
            <source>Change fields of a campaign.</source>
            <translation>Modifier des champs d’une campagne.</translation>
        </message>
        <message>
            <source>update needs exactly one campaign id.</source>
            <translation>update nécessite exactement un identifiant de campagne.</translation>
        </message>
        <message>
            <source>nothing to change: give at least one field option.</source>
            <translation>rien à modifier : indiquez au moins une option de champ.</translation>
        </message>
        <message>
            <source>Delete a campaign.</source>
            <translation>Supprimer une campagne.</translation>
        </message>
        <message>
            <source>delete needs exactly one campaign id.</source>
            <translation>delete nécessite exactement un identifiant de campagne.</translation>
        </message>
        <message>
            <source>Send the changes waiting in the outbox, in order; with --all, then download every campaign into the local cache (for offline work).</source>
            <translation>Envoie dans l’ordre les modifications en attente dans la boîte d’envoi ; avec --all, télécharge ensuite toutes les campagnes dans le cache local (pour travailler hors ligne).</translation>
        </message>
        <message>
            <source>Also download every campaign into the local cache.</source>
            <translation>Télécharger aussi toutes les campagnes dans le cache local.</translation>
        </message>
        <message>
            <source>Downloading campaigns: %L1 of %L2</source>
            <translation>Téléchargement des campagnes : %L1 sur %L2</translation>
        </message>
        <message>
            <source>Downloading campaigns: %L1</source>
            <translation>Téléchargement des campagnes : %L1</translation>
        </message>
        <message>
            <source>%L1 campaigns in the local cache (%L2 s).</source>
            <translation>%L1 campagnes dans le cache local (%L2 s).</translation>
        </message>
        <message>
            <source>warning: %1</source>
            <translation>avertissement : %1</translation>
        </message>
    </context>
    <context>
        <name>cc::cli::CampaignsSession</name>
        <message>
            <source>warning: the local cache was damaged; it was moved to %1 and is rebuilt from the server.</source>
            <translation>avertissement : le cache local était endommagé ; il a été déplacé vers %1 et est reconstruit depuis le serveur.</translation>
        </message>
        <message>
            <source>%1 is not an access token (a JWT with a user id).</source>
            <translation>%1 n’est pas un jeton d’accès (un JWT avec un identifiant d’utilisateur).</translation>
        </message>
    </context>
    <context>
        <name>cc::cli::ChangeReport</name>
        <message>
            <source>conflict: change %1 to campaign %2 was made on a version someone else has changed since.
  yours:  %3
  server: %4
  Keep yours with "campaignctl outbox resolve %1 --keep-mine", or the server's with "--take-theirs".</source>
            <translation>conflit : la modification %1 de la campagne %2 porte sur une version que quelqu’un d’autre a modifiée depuis.
  la vôtre : %3
  serveur :  %4
  Gardez la vôtre avec « campaignctl outbox resolve %1 --keep-mine », ou celle du serveur avec « --take-theirs ».</translation>
        </message>
        <message>
            <source>refused: change %1 (%2 of campaign %3): %4
  Change it and send it again with "campaignctl outbox retry %1", or drop it with "campaignctl outbox discard %1".</source>
            <translation>refusée : modification %1 (%2 de la campagne %3) : %4
  Corrigez-la et renvoyez-la avec « campaignctl outbox retry %1 », ou abandonnez-la avec « campaignctl outbox discard %1 ».</translation>
        </message>
        <message>
            <source>queued: change %1 waits for change %2 to campaign %3 (%4), made before it. It is sent once that one is resolved (see "campaignctl outbox list").</source>
            <translation>en attente : la modification %1 attend la modification %2 de la campagne %3 (%4), faite avant elle. Elle est envoyée dès que celle-ci est résolue (voir « campaignctl outbox list »).</translation>
        </message>
        <message numerus="yes">
            <source>%n other change(s) need attention (see "campaignctl outbox list").</source>
            <translation>
                <numerusform>%n autre modification demande votre attention (voir « campaignctl outbox list »).</numerusform>
                <numerusform>%n autres modifications demandent votre attention (voir « campaignctl outbox list »).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) waiting; the backend cannot be reached (%1). Run "campaignctl campaigns sync" later.</source>
            <translation>
                <numerusform>%n modification en attente ; le backend est injoignable (%1). Exécutez « campaignctl campaigns sync » plus tard.</numerusform>
                <numerusform>%n modifications en attente ; le backend est injoignable (%1). Exécutez « campaignctl campaigns sync » plus tard.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) sent.</source>
            <translation>
                <numerusform>%n modification envoyée.</numerusform>
                <numerusform>%n modifications envoyées.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cc::cli::CtlApplication</name>
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
        <message>
            <source>Usage: campaignctl [options] COMMAND [command options]</source>
            <translation>Utilisation : campaignctl [options] COMMANDE [options de la commande]</translation>
        </message>
        <message>
            <source>Manage Campaign Console profiles and data from the command line.

Commands:
%1
Every command accepts --profile NAME, or --demo to use the built-in sandbox; "campaignctl COMMAND --help" lists a command's options. Exit codes: 0 success, 1 failure, 2 usage error; a change: 0 applied, 3 queued, 4 conflict, 5 refused (health: 0 healthy, 1 degraded, 2 down, 3 could not check).</source>
            <translation>Gérer les profils et les données de Campaign Console en ligne de commande.

Commandes :
%1
Chaque commande accepte --profile NAME, ou --demo pour utiliser le bac à sable intégré ; « campaignctl COMMANDE --help » liste les options d’une commande. Codes de sortie : 0 succès, 1 échec, 2 erreur d’utilisation ; une modification : 0 appliquée, 3 en attente, 4 conflit, 5 refusée (health : 0 sain, 1 dégradé, 2 en panne, 3 vérification impossible).</translation>
        </message>
    </context>
    <context>
        <name>cc::cli::CtlContext</name>
        <message>
            <source>campaignctl: %1</source>
            <translation>campaignctl : %1</translation>
        </message>
        <message>
            <source>No profile chosen: pass --profile NAME or make one current.</source>
            <translation>Aucun profil choisi : indiquez --profile NOM ou définissez un profil courant.</translation>
        </message>
        <message>
            <source>There is no profile called "%1".</source>
            <translation>Aucun profil ne s’appelle « %1 ».</translation>
        </message>
    </context>
    <context>
        <name>cc::cli::CtlSession</name>
        <message>
            <source>not signed in to profile %1: %2</source>
            <translation>non connecté au profil %1 : %2</translation>
        </message>
        <message>
            <source>not signed in to profile %1: run 'campaignctl login --profile %1' first.</source>
            <translation>non connecté au profil %1 : exécutez d’abord « campaignctl login --profile %1 ».</translation>
        </message>
        <message>
            <source>the demo sign-in did not complete</source>
            <translation>la connexion de démonstration n’a pas abouti</translation>
        </message>
    </context>
    <context>
        <name>cc::cli::CtlUsage</name>
        <message>
            <source>List the saved profiles.</source>
            <translation>Lister les profils enregistrés.</translation>
        </message>
        <message>
            <source>Show a profile (the current one without NAME).</source>
            <translation>Afficher un profil (l’actuel sans NAME).</translation>
        </message>
        <message>
            <source>Add a profile.</source>
            <translation>Ajouter un profil.</translation>
        </message>
        <message>
            <source>Change some fields of a profile; the others stay.</source>
            <translation>Modifier certains champs d’un profil ; les autres restent.</translation>
        </message>
        <message>
            <source>Remove a profile.</source>
            <translation>Supprimer un profil.</translation>
        </message>
        <message>
            <source>List campaigns (the local cache when offline).</source>
            <translation>Lister les campagnes (le cache local hors ligne).</translation>
        </message>
        <message>
            <source>Show one campaign.</source>
            <translation>Afficher une campagne.</translation>
        </message>
        <message>
            <source>Create a campaign.</source>
            <translation>Créer une campagne.</translation>
        </message>
        <message>
            <source>Change fields of a campaign.</source>
            <translation>Modifier des champs d’une campagne.</translation>
        </message>
        <message>
            <source>Delete a campaign.</source>
            <translation>Supprimer une campagne.</translation>
        </message>
        <message>
            <source>Send the changes waiting in the outbox; --all also downloads every campaign.</source>
            <translation>Envoyer les modifications en attente ; --all télécharge aussi toutes les campagnes.</translation>
        </message>
        <message>
            <source>Check a profile's backend, sign-in setup included, and say how to fix what is wrong.</source>
            <translation>Vérifier le backend d’un profil, connexion comprise, et dire comment corriger ce qui ne va pas.</translation>
        </message>
        <message>
            <source>Check the backend's services; exit code 0 healthy, 1 degraded, 2 down, 3 could not check.</source>
            <translation>Vérifier les services du backend ; code de sortie 0 sain, 1 dégradé, 2 en panne, 3 vérification impossible.</translation>
        </message>
        <message>
            <source>Sign in to a profile in the browser.</source>
            <translation>Se connecter à un profil dans le navigateur.</translation>
        </message>
        <message>
            <source>Show who is signed in.</source>
            <translation>Afficher qui est connecté.</translation>
        </message>
        <message>
            <source>Sign out and forget the session.</source>
            <translation>Se déconnecter et oublier la session.</translation>
        </message>
        <message>
            <source>Print changes to campaigns as they happen, until interrupted.</source>
            <translation>Afficher les modifications des campagnes au fil de l’eau, jusqu’à interruption.</translation>
        </message>
        <message>
            <source>Usage:
%1
Every command also accepts --profile NAME, --demo, --json, --config FILE, --log-level LEVEL and --lang LANG; "campaignctl %2 ACTION --help" lists an action's options.
</source>
            <translation>Utilisation :
%1
Chaque commande accepte aussi --profile NAME, --demo, --json, --config FILE, --log-level LEVEL et --lang LANG ; « campaignctl %2 ACTION --help » liste les options d’une action.
</translation>
        </message>
        <message>
            <source>Usage: %1</source>
            <translation>Utilisation : %1</translation>
        </message>
        <message>
            <source>The changes waiting to be sent, refused or in conflict.</source>
            <translation>Les modifications en attente d’envoi, refusées ou en conflit.</translation>
        </message>
        <message>
            <source>Send a refused change again.</source>
            <translation>Renvoyer une modification refusée.</translation>
        </message>
        <message>
            <source>Forget a change that was not applied.</source>
            <translation>Oublier une modification qui n’a pas été appliquée.</translation>
        </message>
        <message>
            <source>Settle a conflict: send your version again, or keep the server's.</source>
            <translation>Régler un conflit : renvoyer votre version, ou garder celle du serveur.</translation>
        </message>
    </context>
    <context>
        <name>cc::cli::DoctorCommand</name>
        <message>
            <source>Seconds to wait for each part (default 10).</source>
            <translation>Délai d’attente en secondes pour chaque élément (par défaut : 10).</translation>
        </message>
        <message>
            <source>unexpected argument "%1".</source>
            <translation>argument inattendu « %1 ».</translation>
        </message>
        <message>
            <source>--timeout must be a number of seconds from 1 to 300.</source>
            <translation>--timeout doit être un nombre de secondes compris entre 1 et 300.</translation>
        </message>
        <message>
            <source>Profile "%1" (%2)</source>
            <translation>Profil « %1 » (%2)</translation>
        </message>
        <message>
            <source>  ok    %1: %2</source>
            <translation>  ok    %1 : %2</translation>
        </message>
        <message>
            <source>  FAIL  %1: %2</source>
            <translation>  FAIL  %1 : %2</translation>
        </message>
        <message>
            <source>        fix: %1</source>
            <translation>        solution : %1</translation>
        </message>
        <message>
            <source>Check a profile's backend part by part (data API and key, sign-in, execute_transaction, realtime, e-mail API) and say what is wrong and how to fix it.</source>
            <translation>Vérifier le backend d’un profil élément par élément (API de données et clé, connexion, execute_transaction, Realtime, API e-mail) et indiquer ce qui ne va pas et comment le corriger.</translation>
        </message>
    </context>
    <context>
        <name>cc::cli::HealthCommand</name>
        <message>
            <source>Check again every interval until interrupted.</source>
            <translation>Vérifier de nouveau à chaque intervalle, jusqu’à interruption.</translation>
        </message>
        <message>
            <source>Seconds between checks with --watch (default 30).</source>
            <translation>Secondes entre les vérifications avec --watch (par défaut : 30).</translation>
        </message>
        <message>
            <source>With --watch: stop after this many rounds.</source>
            <translation>Avec --watch : s’arrêter après ce nombre de tours.</translation>
        </message>
        <message>
            <source>Seconds each check may take (default 10).</source>
            <translation>Durée maximale de chaque vérification, en secondes (par défaut : 10).</translation>
        </message>
        <message>
            <source>unexpected argument "%1".</source>
            <translation>argument inattendu « %1 ».</translation>
        </message>
        <message>
            <source>--interval must be a number of seconds from 1 to 86400.</source>
            <translation>--interval doit être un nombre de secondes compris entre 1 et 86400.</translation>
        </message>
        <message>
            <source>--rounds must be a positive number.</source>
            <translation>--rounds doit être un nombre positif.</translation>
        </message>
        <message>
            <source>--timeout must be a number of seconds from 1 to 300.</source>
            <translation>--timeout doit être un nombre de secondes compris entre 1 et 300.</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1 : %2</translation>
        </message>
        <message>
            <source>%L1 ms</source>
            <translation>%L1 ms</translation>
        </message>
        <message>
            <source>breaker: %1</source>
            <translation>disjoncteur : %1</translation>
        </message>
        <message>
            <source>Check the profile's backend services (REST API, Auth, E-mail API, the backend's /health document).
Exit code: 0 all healthy, 1 something degraded, 2 something down, 3 the check could not run.</source>
            <translation>Vérifier les services du backend du profil (API REST, Auth, API e-mail, le document /health du backend).
Code de sortie : 0 tout est opérationnel, 1 quelque chose est dégradé, 2 quelque chose est en panne, 3 la vérification n’a pas pu avoir lieu.</translation>
        </message>
    </context>
    <context>
        <name>cc::cli::OutboxCommand</name>
        <message>
            <source>Usage: campaignctl outbox list | retry ID | discard ID | resolve ID --keep-mine|--take-theirs
The changes waiting to be sent, and a way forward for those that cannot go on by themselves.
</source>
            <translation>Utilisation : campaignctl outbox list | retry ID | discard ID | resolve ID --keep-mine|--take-theirs
Les modifications en attente d’envoi, et une issue pour celles qui ne peuvent pas avancer seules.
</translation>
        </message>
        <message>
            <source>outbox needs an action.</source>
            <translation>outbox a besoin d’une action.</translation>
        </message>
        <message>
            <source>unknown action "%1" for outbox.</source>
            <translation>action « %1 » inconnue pour outbox.</translation>
        </message>
        <message>
            <source>give exactly one change number (see "campaignctl outbox list").</source>
            <translation>indiquez exactement un numéro de modification (voir « campaignctl outbox list »).</translation>
        </message>
        <message>
            <source>"%1" is not a change number.</source>
            <translation>« %1 » n’est pas un numéro de modification.</translation>
        </message>
        <message>
            <source>warning: %1</source>
            <translation>avertissement : %1</translation>
        </message>
        <message>
            <source>there is no change %1 in the outbox.</source>
            <translation>il n’y a pas de modification %1 dans la boîte d’envoi.</translation>
        </message>
        <message>
            <source>List the changes waiting in the outbox, oldest first.</source>
            <translation>Lister les modifications en attente dans la boîte d’envoi, les plus anciennes d’abord.</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) in the outbox.</source>
            <translation>
                <numerusform>%n modification dans la boîte d’envoi.</numerusform>
                <numerusform>%n modifications dans la boîte d’envoi.</numerusform>
            </translation>
        </message>
        <message>
            <source>Send a change the server refused once more (after fixing its cause).</source>
            <translation>Renvoyer une modification refusée par le serveur (après en avoir corrigé la cause).</translation>
        </message>
        <message>
            <source>The change's number (campaignctl outbox list).</source>
            <translation>Le numéro de la modification (campaignctl outbox list).</translation>
        </message>
        <message>
            <source>change %1 was not refused; only a refused change can be retried.</source>
            <translation>la modification %1 n’a pas été refusée ; seule une modification refusée peut être renvoyée.</translation>
        </message>
        <message>
            <source>Drop a change from the outbox; it is never sent. The later changes of its campaign are sent.</source>
            <translation>Retirer une modification de la boîte d’envoi ; elle n’est jamais envoyée. Les modifications suivantes de sa campagne sont envoyées.</translation>
        </message>
        <message>
            <source>Change %1 discarded.</source>
            <translation>Modification %1 abandonnée.</translation>
        </message>
        <message>
            <source>Resolve a conflict: send your change on top of the server's version (--keep-mine), or drop it and keep the server's (--take-theirs).</source>
            <translation>Résoudre un conflit : envoyer votre modification par-dessus la version du serveur (--keep-mine), ou l’abandonner et garder celle du serveur (--take-theirs).</translation>
        </message>
        <message>
            <source>Send your change over the server's version.</source>
            <translation>Envoyer votre modification par-dessus la version du serveur.</translation>
        </message>
        <message>
            <source>Drop your change; the server's version stays.</source>
            <translation>Abandonner votre modification ; la version du serveur reste.</translation>
        </message>
        <message>
            <source>give either --keep-mine or --take-theirs.</source>
            <translation>indiquez soit --keep-mine, soit --take-theirs.</translation>
        </message>
        <message>
            <source>change %1 is not in conflict.</source>
            <translation>la modification %1 n’est pas en conflit.</translation>
        </message>
        <message>
            <source>Change %1 dropped; the server's version stays.</source>
            <translation>Modification %1 abandonnée ; la version du serveur reste.</translation>
        </message>
    </context>
    <context>
        <name>cc::cli::ProfileDoctor</name>
        <message>
            <source>no answer within %1 s</source>
            <translation>pas de réponse dans un délai de %1 s</translation>
        </message>
        <message>
            <source>No answer from the server: %1.</source>
            <translation>Aucune réponse du serveur : %1.</translation>
        </message>
        <message>
            <source>The server refused the profile's anon key (%1).</source>
            <translation>Le serveur a refusé la clé anon du profil (%1).</translation>
        </message>
        <message>
            <source>Copy the anon (publishable) key from Project Settings &gt; API and save it in the profile (campaignctl profiles add --anon-key ...).</source>
            <translation>Copiez la clé anon (publique) depuis Project Settings &gt; API et enregistrez-la dans le profil (campaignctl profiles add --anon-key ...).</translation>
        </message>
        <message>
            <source>The server is failing: HTTP %1 %2</source>
            <translation>Le serveur est défaillant : HTTP %1 %2</translation>
        </message>
        <message>
            <source>This is on the server side: check the project's status in the Supabase dashboard and try again later.</source>
            <translation>Le problème est côté serveur : vérifiez l’état du projet dans le tableau de bord Supabase et réessayez plus tard.</translation>
        </message>
        <message>
            <source>The data API answers and the campaigns table is there.</source>
            <translation>L’API de données répond et la table campaigns existe.</translation>
        </message>
        <message>
            <source>The campaigns table does not exist (%1).</source>
            <translation>La table campaigns n’existe pas (%1).</translation>
        </message>
        <message>
            <source>Run the migrations in resources/supabase/migrations on the project (docs/real-supabase.md, step 2).</source>
            <translation>Exécutez les migrations de resources/supabase/migrations sur le projet (docs/real-supabase.md, étape 2).</translation>
        </message>
        <message>
            <source>The data API answered HTTP %1: %2</source>
            <translation>L’API de données a répondu HTTP %1 : %2</translation>
        </message>
        <message>
            <source>Check that the profile's URL is the project URL (https://&lt;ref&gt;.supabase.co).</source>
            <translation>Vérifiez que l’URL du profil est bien l’URL du projet (https://&lt;ref&gt;.supabase.co).</translation>
        </message>
        <message>
            <source>Supabase Auth answers (%1).</source>
            <translation>Supabase Auth répond (%1).</translation>
        </message>
        <message>
            <source>Supabase Auth answered HTTP %1 to its health check.</source>
            <translation>Supabase Auth a répondu HTTP %1 à sa vérification d’état.</translation>
        </message>
        <message>
            <source>Check that the profile's URL is the project URL and that Auth is enabled for the project.</source>
            <translation>Vérifiez que l’URL du profil est bien l’URL du projet et qu’Auth est activé pour le projet.</translation>
        </message>
        <message>
            <source>Set --issuer to https://&lt;ref&gt;.supabase.co/auth/v1 and enable the OAuth 2.1 server (Authentication &gt; OAuth Server).</source>
            <translation>Définissez --issuer sur https://&lt;ref&gt;.supabase.co/auth/v1 et activez le serveur OAuth 2.1 (Authentication &gt; OAuth Server).</translation>
        </message>
        <message>
            <source>No answer from the OpenID issuer: %1.</source>
            <translation>Aucune réponse de l’émetteur OpenID : %1.</translation>
        </message>
        <message>
            <source>The issuer has no OpenID configuration (HTTP %1).</source>
            <translation>L’émetteur n’a pas de configuration OpenID (HTTP %1).</translation>
        </message>
        <message>
            <source>The issuer does not offer PKCE with S256.</source>
            <translation>L’émetteur ne propose pas PKCE avec S256.</translation>
        </message>
        <message>
            <source>The OpenID issuer answers and supports PKCE (S256).</source>
            <translation>L’émetteur OpenID répond et prend en charge PKCE (S256).</translation>
        </message>
        <message>
            <source>execute_transaction is installed.</source>
            <translation>execute_transaction est installée.</translation>
        </message>
        <message>
            <source>The function public.execute_transaction(operations) is missing.</source>
            <translation>La fonction public.execute_transaction(operations) est absente.</translation>
        </message>
        <message>
            <source>Run resources/supabase/migrations/20261125090300_execute_transaction.sql (and the migrations before it), then reload the schema cache: NOTIFY pgrst, 'reload schema'.</source>
            <translation>Exécutez resources/supabase/migrations/20261125090300_execute_transaction.sql (et les migrations qui la précèdent), puis rechargez le cache du schéma : NOTIFY pgrst, 'reload schema'.</translation>
        </message>
        <message>
            <source>execute_transaction answered HTTP %1: %2</source>
            <translation>execute_transaction a répondu HTTP %1 : %2</translation>
        </message>
        <message>
            <source>Re-run the migrations: the installed function does not behave like the console expects.</source>
            <translation>Réexécutez les migrations : la fonction installée ne se comporte pas comme la console l’attend.</translation>
        </message>
        <message>
            <source>The e-mail API answers.</source>
            <translation>L’API e-mail répond.</translation>
        </message>
        <message>
            <source>The e-mail API answered HTTP %1 to its health check.</source>
            <translation>L’API e-mail a répondu HTTP %1 à sa vérification d’état.</translation>
        </message>
        <message>
            <source>Set --email-url to the e-mail API's base URL (default &lt;url&gt;/api/email).</source>
            <translation>Définissez --email-url sur l’URL de base de l’API e-mail (par défaut : &lt;url&gt;/api/email).</translation>
        </message>
        <message>
            <source>Check the URLs in the profile (--url or --email-url) and the network; a paused Supabase project must be restored in the dashboard.</source>
            <translation>Vérifiez les URL du profil (--url ou --email-url) et le réseau ; un projet Supabase en pause doit être restauré dans le tableau de bord.</translation>
        </message>
        <message>
            <source>Check the URL in the profile (--url) and the network; a paused Supabase project must be restored in the dashboard.</source>
            <translation>Vérifiez l’URL du profil (--url) et le réseau ; un projet Supabase en pause doit être restauré dans le tableau de bord.</translation>
        </message>
    </context>
    <context>
        <name>cc::cli::ProfilesCommand</name>
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
        <message>
            <source>profiles needs an action: list, show, add, edit or remove.</source>
            <translation>profiles a besoin d’une action : list, show, add, edit ou remove.</translation>
        </message>
        <message>
            <source>The GoTrue provider for supabase sign-in, one the project has enabled (campaignctl doctor lists them).</source>
            <translation>Le fournisseur GoTrue pour la connexion supabase, l’un de ceux que le projet a activés (campaignctl doctor les liste).</translation>
        </message>
        <message>
            <source>Change fields of a saved profile; the others keep their values. --name renames it.</source>
            <translation>Modifier des champs d’un profil enregistré ; les autres gardent leur valeur. --name le renomme.</translation>
        </message>
        <message>
            <source>The profile to change.</source>
            <translation>Le profil à modifier.</translation>
        </message>
        <message>
            <source>profiles edit needs exactly one profile name.</source>
            <translation>profiles edit a besoin d’exactement un nom de profil.</translation>
        </message>
        <message>
            <source>There is no profile "%1" (campaignctl profiles list).</source>
            <translation>Il n’y a pas de profil « %1 » (campaignctl profiles list).</translation>
        </message>
        <message>
            <source>profiles edit needs at least one field to change, e.g. --provider.</source>
            <translation>profiles edit a besoin d’au moins un champ à modifier, par ex. --provider.</translation>
        </message>
        <message>
            <source>Changed profile "%1".</source>
            <translation>Profil « %1 » modifié.</translation>
        </message>
        <message>
            <source>Show a saved profile (the current one without NAME).</source>
            <translation>Afficher un profil enregistré (l’actuel sans NAME).</translation>
        </message>
        <message>
            <source>The profile to show.</source>
            <translation>Le profil à afficher.</translation>
        </message>
        <message>
            <source>profiles show takes at most one profile name.</source>
            <translation>profiles show prend au plus un nom de profil.</translation>
        </message>
        <message>
            <source>There is no current profile (campaignctl profiles add).</source>
            <translation>Il n’y a pas de profil actuel (campaignctl profiles add).</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>URL</source>
            <translation>URL</translation>
        </message>
        <message>
            <source>Environment</source>
            <translation>Environnement</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>Couleur</translation>
        </message>
        <message>
            <source>Sign-in</source>
            <translation>Connexion</translation>
        </message>
        <message>
            <source>Provider</source>
            <translation>Fournisseur</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(aucun)</translation>
        </message>
        <message>
            <source>Issuer</source>
            <translation>Émetteur</translation>
        </message>
        <message>
            <source>Client id</source>
            <translation>ID client</translation>
        </message>
        <message>
            <source>Scopes</source>
            <translation>Portées</translation>
        </message>
        <message>
            <source>E-mail API</source>
            <translation>API e-mail</translation>
        </message>
        <message>
            <source>Anon key</source>
            <translation>Clé anon</translation>
        </message>
    </context>
    <context>
        <name>cc::cli::RealtimeProbe</name>
        <message>
            <source>Realtime accepted the connection but did not answer the join within %1 s.</source>
            <translation>Realtime a accepté la connexion mais n’a pas répondu au rattachement au canal dans un délai de %1 s.</translation>
        </message>
        <message>
            <source>No answer from the realtime server within %1 s.</source>
            <translation>Aucune réponse du serveur Realtime dans un délai de %1 s.</translation>
        </message>
        <message>
            <source>Check that Realtime is enabled for the project and that nothing between here and the server blocks WebSockets.</source>
            <translation>Vérifiez que Realtime est activé pour le projet et que rien entre ici et le serveur ne bloque les WebSockets.</translation>
        </message>
        <message>
            <source>The realtime server closed the connection during the join.</source>
            <translation>Le serveur Realtime a fermé la connexion pendant le rattachement au canal.</translation>
        </message>
        <message>
            <source>The server or a proxy drops realtime sockets; on the sandbox, clear injected faults (DELETE /_sandbox/faults).</source>
            <translation>Le serveur ou un proxy coupe les sockets Realtime ; sur le bac à sable, supprimez les pannes injectées (DELETE /_sandbox/faults).</translation>
        </message>
        <message>
            <source>The realtime server sent a frame that is not Phoenix 2.0.0 (%1).</source>
            <translation>Le serveur Realtime a envoyé une trame qui n’est pas au format Phoenix 2.0.0 (%1).</translation>
        </message>
        <message>
            <source>Check that the profile's URL is the Supabase project URL.</source>
            <translation>Vérifiez que l’URL du profil est bien l’URL du projet Supabase.</translation>
        </message>
        <message>
            <source>Realtime accepts a postgres_changes subscription on campaigns.</source>
            <translation>Realtime accepte un abonnement postgres_changes sur campaigns.</translation>
        </message>
        <message>
            <source>Realtime joined but cannot stream campaign changes: %1</source>
            <translation>Realtime s’est rattaché au canal mais ne peut pas diffuser les modifications des campagnes : %1</translation>
        </message>
        <message>
            <source>Add the table to the publication: alter publication supabase_realtime add table public.campaigns; (resources/supabase/migrations).</source>
            <translation>Ajoutez la table à la publication : alter publication supabase_realtime add table public.campaigns; (resources/supabase/migrations).</translation>
        </message>
        <message>
            <source>The realtime server refused the profile's anon key (HTTP %1).</source>
            <translation>Le serveur Realtime a refusé la clé anon du profil (HTTP %1).</translation>
        </message>
        <message>
            <source>Copy the anon (publishable) key from Project Settings &gt; API and save it in the profile (campaignctl profiles add --anon-key ...).</source>
            <translation>Copiez la clé anon (publique) depuis Project Settings &gt; API et enregistrez-la dans le profil (campaignctl profiles add --anon-key ...).</translation>
        </message>
        <message>
            <source>The project has no realtime endpoint (HTTP 404).</source>
            <translation>Le projet n’a pas de point de terminaison Realtime (HTTP 404).</translation>
        </message>
        <message>
            <source>Check that the profile's URL is the project URL and that Realtime is enabled.</source>
            <translation>Vérifiez que l’URL du profil est bien l’URL du projet et que Realtime est activé.</translation>
        </message>
        <message>
            <source>The realtime handshake failed with HTTP %1.</source>
            <translation>La négociation Realtime a échoué avec HTTP %1.</translation>
        </message>
        <message>
            <source>This is on the server side: check the project's status in the Supabase dashboard.</source>
            <translation>Le problème est côté serveur : vérifiez l’état du projet dans le tableau de bord Supabase.</translation>
        </message>
        <message>
            <source>No answer from the realtime server: %1.</source>
            <translation>Aucune réponse du serveur Realtime : %1.</translation>
        </message>
        <message>
            <source>Check the URL in the profile (--url) and the network; on the sandbox, clear injected faults (DELETE /_sandbox/faults).</source>
            <translation>Vérifiez l’URL du profil (--url) et le réseau ; sur le bac à sable, supprimez les pannes injectées (DELETE /_sandbox/faults).</translation>
        </message>
        <message>
            <source>Realtime refused the join: %1</source>
            <translation>Realtime a refusé le rattachement au canal : %1</translation>
        </message>
        <message>
            <source>The sandbox injects realtime faults: clear them with DELETE /_sandbox/faults.</source>
            <translation>Le bac à sable injecte des pannes Realtime : supprimez-les avec DELETE /_sandbox/faults.</translation>
        </message>
        <message>
            <source>Enable Realtime for the project in the Supabase dashboard.</source>
            <translation>Activez Realtime pour le projet dans le tableau de bord Supabase.</translation>
        </message>
        <message>
            <source>Too many realtime clients or joins: close other consoles and retry.</source>
            <translation>Trop de clients ou de rattachements Realtime : fermez les autres consoles et réessayez.</translation>
        </message>
        <message>
            <source>Check the project's realtime authorization policies (realtime.messages).</source>
            <translation>Vérifiez les politiques d’autorisation Realtime du projet (realtime.messages).</translation>
        </message>
        <message>
            <source>This is on the server side: check the project's status in the Supabase dashboard and try again later.</source>
            <translation>Le problème est côté serveur : vérifiez l’état du projet dans le tableau de bord Supabase et réessayez plus tard.</translation>
        </message>
    </context>
    <context>
        <name>cc::cli::WatchCommand</name>
        <message>
            <source>%1: %2 → %3</source>
            <translation>%1 : %2 → %3</translation>
        </message>
        <message>
            <source>Print every change to campaigns as it happens, until interrupted (Ctrl+C).
Uses the profile's session (campaignctl login); with --demo, the demo's administrator.</source>
            <translation>Afficher chaque modification des campagnes dès qu’elle a lieu, jusqu’à interruption (Ctrl+C).
Utilise la session du profil (campaignctl login) ; avec --demo, l’administrateur de la démo.</translation>
        </message>
        <message>
            <source>Only changes of kind &lt;kind&gt;: INSERT, UPDATE, DELETE or *.</source>
            <translation>Uniquement les modifications de type &lt;kind&gt; : INSERT, UPDATE, DELETE ou *.</translation>
        </message>
        <message>
            <source>Only rows matching &lt;expr&gt;, e.g. status=eq.active.</source>
            <translation>Uniquement les lignes correspondant à &lt;expr&gt;, p. ex. status=eq.active.</translation>
        </message>
        <message>
            <source>Stop after &lt;n&gt; changes.</source>
            <translation>S’arrêter après &lt;n&gt; modifications.</translation>
        </message>
        <message>
            <source>--max-events needs a number of one or more.</source>
            <translation>--max-events nécessite un nombre supérieur ou égal à un.</translation>
        </message>
        <message>
            <source>watch: %1</source>
            <translation>watch : %1</translation>
        </message>
        <message>
            <source>campaignctl: %1</source>
            <translation>campaignctl : %1</translation>
        </message>
    </context>
    <context>
        <name>cc::data::CacheDatabase</name>
        <message>
            <source>the cached campaigns</source>
            <translation>les campagnes en cache</translation>
        </message>
        <message>
            <source>the sync time</source>
            <translation>l’heure de synchronisation</translation>
        </message>
    </context>
    <context>
        <name>cc::data::CampaignRepository</name>
        <message>
            <source>%1 cannot be set to that value.</source>
            <translation>%1 ne peut pas prendre cette valeur.</translation>
        </message>
        <message>
            <source>The campaign no longer exists.</source>
            <translation>La campagne n’existe plus.</translation>
        </message>
        <message>
            <source>Someone else changed this campaign in the meantime.</source>
            <translation>Quelqu’un d’autre a modifié cette campagne entre-temps.</translation>
        </message>
    </context>
    <context>
        <name>cc::data::CampaignRules</name>
        <message>
            <source>Enter a name of 1 to %1 characters.</source>
            <translation>Saisissez un nom de 1 à %1 caractères.</translation>
        </message>
        <message>
            <source>Choose one of: %1.</source>
            <translation>Choisissez l’une de ces valeurs : %1.</translation>
        </message>
        <message>
            <source>The budget must be zero or more.</source>
            <translation>Le budget doit être positif ou nul.</translation>
        </message>
        <message>
            <source>Use a three-letter upper-case currency code such as EUR.</source>
            <translation>Utilisez un code de devise de trois lettres majuscules, comme EUR.</translation>
        </message>
        <message>
            <source>The end date must not be before the start date.</source>
            <translation>La date de fin ne doit pas précéder la date de début.</translation>
        </message>
        <message>
            <source>This is not a valid value for %1.</source>
            <translation>Ce n’est pas une valeur valide pour %1.</translation>
        </message>
        <message>
            <source>Must be a whole number from 0 to %L1.</source>
            <translation>Doit être un nombre entier de 0 à %L1.</translation>
        </message>
        <message>
            <source>A name cannot hold control characters such as tabs or line breaks.</source>
            <translation>Un nom ne peut pas contenir de caractères de contrôle tels que des tabulations ou des sauts de ligne.</translation>
        </message>
        <message>
            <source>Enter a name that is more than spaces.</source>
            <translation>Saisissez un nom qui ne soit pas fait que d’espaces.</translation>
        </message>
        <message>
            <source>The budget must be below %L1 with at most two decimals.</source>
            <translation>Le budget doit être inférieur à %L1, avec au plus deux décimales.</translation>
        </message>
    </context>
    <context>
        <name>cc::data::OutboxDatabase</name>
        <message>
            <source>the change</source>
            <translation>la modification</translation>
        </message>
        <message>
            <source>the outbox</source>
            <translation>la boîte d’envoi</translation>
        </message>
        <message>
            <source>There is no conflict to resolve for that change.</source>
            <translation>Il n’y a aucun conflit à résoudre pour cette modification.</translation>
        </message>
        <message>
            <source>Only a change the server refused can be sent again.</source>
            <translation>Seule une modification refusée par le serveur peut être renvoyée.</translation>
        </message>
    </context>
    <context>
        <name>cc::data::OutboxRecovery</name>
        <message numerus="yes">
            <source>The list of changes waiting to be sent was damaged. %n change(s) could be read and were kept; the damaged file was moved to %1.</source>
            <translation>
                <numerusform>La liste des modifications en attente d’envoi était endommagée. %n modification a pu être lue et a été conservée ; le fichier endommagé a été déplacé vers %1.</numerusform>
                <numerusform>La liste des modifications en attente d’envoi était endommagée. %n modifications ont pu être lues et ont été conservées ; le fichier endommagé a été déplacé vers %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>The damaged list of changes could not be moved aside.</source>
            <translation>La liste endommagée des modifications n’a pas pu être mise de côté.</translation>
        </message>
    </context>
    <context>
        <name>cc::data::SqliteFile</name>
        <message>
            <source>The disk is full: %1 could not be saved.</source>
            <translation>Le disque est plein : impossible d’enregistrer %1.</translation>
        </message>
        <message>
            <source>The local database failed: %1.</source>
            <translation>Échec de la base de données locale : %1.</translation>
        </message>
        <message>
            <source>The local database is damaged and could not be moved aside.</source>
            <translation>La base de données locale est endommagée et n’a pas pu être mise de côté.</translation>
        </message>
        <message>
            <source>The folder for the local database could not be created.</source>
            <translation>Le dossier de la base de données locale n’a pas pu être créé.</translation>
        </message>
        <message>
            <source>The local database could not be created.</source>
            <translation>La base de données locale n’a pas pu être créée.</translation>
        </message>
        <message>
            <source>The local database could not be opened.</source>
            <translation>La base de données locale n’a pas pu être ouverte.</translation>
        </message>
        <message>
            <source>The local database is damaged.</source>
            <translation>La base de données locale est endommagée.</translation>
        </message>
        <message>
            <source>The local database was written by a newer version.</source>
            <translation>La base de données locale a été écrite par une version plus récente.</translation>
        </message>
        <message>
            <source>the schema</source>
            <translation>le schéma</translation>
        </message>
    </context>
    <context>
        <name>cc::email::EmailClient</name>
        <message>
            <source>No e-mail API key is set for this profile. Add one in Settings.</source>
            <translation>Aucune clé d’API e-mail n’est définie pour ce profil. Ajoutez-en une dans les Paramètres.</translation>
        </message>
        <message>
            <source>The e-mail service gave an answer the console does not understand.</source>
            <translation>Le service e-mail a donné une réponse que la console ne comprend pas.</translation>
        </message>
        <message>
            <source>The e-mail service refused the API key. Check the key in Settings.</source>
            <translation>Le service e-mail a refusé la clé d’API. Vérifiez la clé dans les Paramètres.</translation>
        </message>
        <message>
            <source>The e-mail service refused the message: %1</source>
            <translation>Le service e-mail a refusé le message : %1</translation>
        </message>
    </context>
    <context>
        <name>cc::email::EmailMessage</name>
        <message>
            <source>Enter at least one recipient.</source>
            <translation>Saisissez au moins un destinataire.</translation>
        </message>
        <message>
            <source>At most %1 recipients are allowed.</source>
            <translation>Au plus %1 destinataires sont autorisés.</translation>
        </message>
        <message>
            <source>“%1” is not an e-mail address.</source>
            <translation>« %1 » n’est pas une adresse e-mail.</translation>
        </message>
        <message>
            <source>Enter a subject.</source>
            <translation>Saisissez un objet.</translation>
        </message>
        <message>
            <source>The subject is too long (at most %1 characters).</source>
            <translation>L’objet est trop long (%1 caractères au maximum).</translation>
        </message>
        <message>
            <source>The subject must be a single line.</source>
            <translation>L’objet doit tenir sur une seule ligne.</translation>
        </message>
        <message>
            <source>Enter the message text.</source>
            <translation>Saisissez le texte du message.</translation>
        </message>
        <message>
            <source>The message is too large (at most %1 KiB).</source>
            <translation>Le message est trop volumineux (%1 Kio au maximum).</translation>
        </message>
        <message>
            <source>The campaign id is not a valid id.</source>
            <translation>L’identifiant de la campagne n’est pas un identifiant valide.</translation>
        </message>
    </context>
    <context>
        <name>cc::health::BackendHealthDocument</name>
        <message>
            <source>No answer</source>
            <translation>Pas de réponse</translation>
        </message>
        <message>
            <source>HTTP %1</source>
            <translation>HTTP %1</translation>
        </message>
        <message>
            <source>The health endpoint answered HTTP %1 without a health document</source>
            <translation>Le point de terminaison d’état a répondu HTTP %1 sans document d’état</translation>
        </message>
        <message>
            <source>Unreadable health document</source>
            <translation>Document d’état illisible</translation>
        </message>
        <message>
            <source>The health endpoint's answer is not a health document</source>
            <translation>La réponse du point de terminaison d’état n’est pas un document d’état</translation>
        </message>
        <message>
            <source>A check in the health document has no name or no verdict</source>
            <translation>Une vérification du document d’état n’a pas de nom ou pas de verdict</translation>
        </message>
        <message>
            <source>failing</source>
            <translation>en échec</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1 : %2</translation>
        </message>
        <message numerus="yes">
            <source>%n check(s) passing</source>
            <translation>
                <numerusform>%n vérification réussie</numerusform>
                <numerusform>%n vérifications réussies</numerusform>
            </translation>
        </message>
        <message>
            <source>Reports "%1"</source>
            <translation>Indique « %1 »</translation>
        </message>
        <message>
            <source>The backend reports itself %1 without naming a failing check</source>
            <translation>Le backend indique l’état « %1 » sans nommer de vérification en échec</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n check(s) failing</source>
            <translation>
                <numerusform>%1 sur %n vérification en échec</numerusform>
                <numerusform>%1 sur %n vérifications en échec</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cc::health::CacheHealthCheck</name>
        <message>
            <source>Local cache</source>
            <translation>Cache local</translation>
        </message>
        <message>
            <source>cannot open the cache: %1</source>
            <translation>impossible d’ouvrir le cache : %1</translation>
        </message>
        <message>
            <source>the cache file is damaged: %1</source>
            <translation>le fichier du cache est endommagé : %1</translation>
        </message>
        <message>
            <source>the free space of the disk is unknown</source>
            <translation>l’espace libre du disque est inconnu</translation>
        </message>
        <message>
            <source>only %1 free on the cache's disk</source>
            <translation>seulement %1 libres sur le disque du cache</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>inconnu</translation>
        </message>
        <message>
            <source>No cache file yet; %1 free</source>
            <translation>Pas encore de fichier de cache ; espace libre : %1</translation>
        </message>
        <message>
            <source>Intact; %1 free</source>
            <translation>Intact ; espace libre : %1</translation>
        </message>
        <message>
            <source>Cache damaged</source>
            <translation>Cache endommagé</translation>
        </message>
        <message>
            <source>Disk nearly full</source>
            <translation>Disque presque plein</translation>
        </message>
    </context>
    <context>
        <name>cc::health::HealthAggregator</name>
        <message>
            <source>Circuit breaker %1</source>
            <translation>Disjoncteur %1</translation>
        </message>
        <message>
            <source>Circuit breaker half-open: probing the service</source>
            <translation>Disjoncteur semi-ouvert : test du service en cours</translation>
        </message>
        <message>
            <source>%1% of recent calls failed</source>
            <translation>%1 % des appels récents ont échoué</translation>
        </message>
        <message>
            <source>Slow calls: p95 %L1 ms</source>
            <translation>Appels lents : p95 %L1 ms</translation>
        </message>
        <message>
            <source>Starting up…</source>
            <translation>Démarrage…</translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>Vérification…</translation>
        </message>
        <message>
            <source>No checks configured</source>
            <translation>Aucune vérification configurée</translation>
        </message>
        <message>
            <source>1 service down, %1 degraded</source>
            <translation>1 service en panne, %1 en mode dégradé</translation>
        </message>
        <message numerus="yes">
            <source>%n services down, %1 degraded</source>
            <translation>
                <numerusform>%n service en panne, %1 en mode dégradé</numerusform>
                <numerusform>%n services en panne, %1 en mode dégradé</numerusform>
            </translation>
        </message>
        <message>
            <source>1 service down</source>
            <translation>1 service en panne</translation>
        </message>
        <message numerus="yes">
            <source>%n services down</source>
            <translation>
                <numerusform>%n service en panne</numerusform>
                <numerusform>%n services en panne</numerusform>
            </translation>
        </message>
        <message>
            <source>1 service degraded</source>
            <translation>1 service dégradé</translation>
        </message>
        <message numerus="yes">
            <source>%n services degraded</source>
            <translation>
                <numerusform>%n service dégradé</numerusform>
                <numerusform>%n services dégradés</numerusform>
            </translation>
        </message>
        <message>
            <source>Checking 1 service…</source>
            <translation>1 service en cours de vérification…</translation>
        </message>
        <message numerus="yes">
            <source>Checking %n services…</source>
            <translation>
                <numerusform>%n service en cours de vérification…</numerusform>
                <numerusform>%n services en cours de vérification…</numerusform>
            </translation>
        </message>
        <message>
            <source>All checked systems operational, 1 not checked</source>
            <translation>Tous les systèmes vérifiés sont opérationnels, 1 non vérifié</translation>
        </message>
        <message numerus="yes">
            <source>All checked systems operational, %n not checked</source>
            <translation>
                <numerusform>Tous les systèmes vérifiés sont opérationnels, %n non vérifié</numerusform>
                <numerusform>Tous les systèmes vérifiés sont opérationnels, %n non vérifiés</numerusform>
            </translation>
        </message>
        <message>
            <source>All systems operational</source>
            <translation>Tous les systèmes sont opérationnels</translation>
        </message>
        <message>
            <source>Starting up</source>
            <translation>Démarrage</translation>
        </message>
        <message>
            <source>Checking</source>
            <translation>Vérification</translation>
        </message>
    </context>
    <context>
        <name>cc::health::HealthHistory</name>
        <message>
            <source>the health history</source>
            <translation>l’historique d’état des services</translation>
        </message>
    </context>
    <context>
        <name>cc::health::HealthHistoryService</name>
        <message>
            <source>The health history is not available</source>
            <translation>L’historique d’état des services n’est pas disponible</translation>
        </message>
    </context>
    <context>
        <name>cc::health::HealthMonitor</name>
        <message>
            <source>No answer</source>
            <translation>Pas de réponse</translation>
        </message>
        <message>
            <source>The check did not answer within %L1 s</source>
            <translation>La vérification n’a pas répondu dans un délai de %L1 s</translation>
        </message>
        <message>
            <source>The check failed</source>
            <translation>La vérification a échoué</translation>
        </message>
        <message>
            <source>It threw an unknown exception</source>
            <translation>Elle a levé une exception inconnue</translation>
        </message>
        <message>
            <source>Invalid result</source>
            <translation>Résultat non valide</translation>
        </message>
        <message>
            <source>The check returned an invalid result: %1</source>
            <translation>La vérification a renvoyé un résultat non valide : %1</translation>
        </message>
    </context>
    <context>
        <name>cc::health::HealthStates</name>
        <message>
            <source>Healthy</source>
            <translation>Opérationnel</translation>
        </message>
        <message>
            <source>Degraded</source>
            <translation>Dégradé</translation>
        </message>
        <message>
            <source>Down</source>
            <translation>En panne</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Inconnu</translation>
        </message>
    </context>
    <context>
        <name>cc::health::HttpHealthCheck</name>
        <message>
            <source>Refused by the open circuit breaker</source>
            <translation>Refusé par le disjoncteur ouvert</translation>
        </message>
        <message>
            <source>HTTP %1</source>
            <translation>HTTP %1</translation>
        </message>
        <message>
            <source>Unexpected answer</source>
            <translation>Réponse inattendue</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1 : %2</translation>
        </message>
        <message>
            <source>Slow: answered in %L1 ms</source>
            <translation>Lent : réponse en %L1 ms</translation>
        </message>
        <message>
            <source>The answer took %L1 ms (more than %L2 ms)</source>
            <translation>La réponse a pris %L1 ms (plus de %L2 ms)</translation>
        </message>
        <message>
            <source>Answered in %L1 ms</source>
            <translation>Réponse en %L1 ms</translation>
        </message>
        <message>
            <source>not a JSON array</source>
            <translation>pas un tableau JSON</translation>
        </message>
        <message>
            <source>not a JSON object</source>
            <translation>pas un objet JSON</translation>
        </message>
        <message>
            <source>no version or name</source>
            <translation>ni version ni nom</translation>
        </message>
        <message>
            <source>status is "%1"</source>
            <translation>le statut est « %1 »</translation>
        </message>
    </context>
    <context>
        <name>cc::health::KeychainHealthCheck</name>
        <message>
            <source>Keychain</source>
            <translation>Trousseau</translation>
        </message>
        <message>
            <source>Locked</source>
            <translation>Verrouillé</translation>
        </message>
        <message>
            <source>The keychain is locked: the session will not be remembered</source>
            <translation>Le trousseau est verrouillé : la session ne sera pas mémorisée</translation>
        </message>
        <message>
            <source>Not available</source>
            <translation>Non disponible</translation>
        </message>
        <message>
            <source>Available and unlocked</source>
            <translation>Disponible et déverrouillé</translation>
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
            <translation>Inconnu : Realtime non connecté</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>inconnu</translation>
        </message>
        <message>
            <source>Socket %1</source>
            <translation>Socket %1</translation>
        </message>
        <message>
            <source>The realtime socket is not connected</source>
            <translation>Le socket Realtime n’est pas connecté</translation>
        </message>
        <message>
            <source>No heartbeat reply</source>
            <translation>Aucune réponse au heartbeat</translation>
        </message>
        <message>
            <source>The socket is open but the heartbeat was not answered</source>
            <translation>Le socket est ouvert mais le heartbeat est resté sans réponse</translation>
        </message>
        <message>
            <source>Heartbeat in %L1 ms</source>
            <translation>Heartbeat en %L1 ms</translation>
        </message>
        <message>
            <source>The heartbeat took %L1 ms (more than %L2 ms)</source>
            <translation>Le heartbeat a pris %L1 ms (plus de %L2 ms)</translation>
        </message>
        <message>
            <source>Sign in to receive live changes</source>
            <translation>Connectez-vous pour recevoir les modifications en direct</translation>
        </message>
        <message>
            <source>Signed out</source>
            <translation>Déconnecté</translation>
        </message>
        <message>
            <source>Opening the socket and joining its channels</source>
            <translation>Ouverture du socket et connexion à ses canaux</translation>
        </message>
        <message>
            <source>Connecting</source>
            <translation>Connexion</translation>
        </message>
        <message>
            <source>Connected; the first heartbeat is not due yet</source>
            <translation>Connecté ; le premier heartbeat n’est pas encore dû</translation>
        </message>
    </context>
    <context>
        <name>cc::health::ServiceHealth</name>
        <message>
            <source>Open until %1</source>
            <translation>Ouvert jusqu’à %1</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Ouvert</translation>
        </message>
        <message>
            <source>Half-open (probing)</source>
            <translation>Semi-ouvert (test en cours)</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Fermé</translation>
        </message>
    </context>
    <context>
        <name>cc::health::StandardChecks</name>
        <message>
            <source>REST API</source>
            <translation>API REST</translation>
        </message>
        <message>
            <source>Auth</source>
            <translation>Auth</translation>
        </message>
        <message>
            <source>E-mail API</source>
            <translation>API e-mail</translation>
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
            <translation>Jeton de session</translation>
        </message>
        <message>
            <source>Not signed in</source>
            <translation>Non connecté</translation>
        </message>
        <message>
            <source>Expiry unknown</source>
            <translation>Expiration inconnue</translation>
        </message>
        <message>
            <source>The access token does not say when it expires</source>
            <translation>Le jeton d’accès n’indique pas quand il expire</translation>
        </message>
        <message>
            <source>Expired, refreshing</source>
            <translation>Expiré, renouvellement en cours</translation>
        </message>
        <message>
            <source>The access token expired; a refresh is under way</source>
            <translation>Le jeton d’accès a expiré ; un renouvellement est en cours</translation>
        </message>
        <message>
            <source>Expired</source>
            <translation>Expiré</translation>
        </message>
        <message numerus="yes">
            <source>The access token expired %n minute(s) ago</source>
            <translation>
                <numerusform>Le jeton d’accès a expiré il y a %n minute</numerusform>
                <numerusform>Le jeton d’accès a expiré il y a %n minutes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Expires in %n minute(s)</source>
            <translation>
                <numerusform>Expire dans %n minute</numerusform>
                <numerusform>Expire dans %n minutes</numerusform>
            </translation>
        </message>
        <message>
            <source>The access token expires soon and no refresh is planned</source>
            <translation>Le jeton d’accès expire bientôt et aucun renouvellement n’est prévu</translation>
        </message>
        <message numerus="yes">
            <source>Valid for %n more minute(s)</source>
            <translation>
                <numerusform>Encore valide pendant %n minute</numerusform>
                <numerusform>Encore valide pendant %n minutes</numerusform>
            </translation>
        </message>
        <message>
            <source>Signed out</source>
            <translation>Déconnecté</translation>
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
        <message>
            <source>The server keeps redirecting; check the service's address.</source>
            <translation>Le serveur redirige sans cesse ; vérifiez l’adresse du service.</translation>
        </message>
    </context>
    <context>
        <name>cc::realtime::ChangeBinding</name>
        <message>
            <source>The change subscription is not valid: %1</source>
            <translation>L’abonnement aux modifications n’est pas valide : %1</translation>
        </message>
    </context>
    <context>
        <name>cc::realtime::ChangeCatchUp</name>
        <message>
            <source>The catch-up was cancelled.</source>
            <translation>Le rattrapage a été annulé.</translation>
        </message>
    </context>
    <context>
        <name>cc::realtime::FeedHistory</name>
        <message>
            <source>the live feed history</source>
            <translation>l’historique du flux en direct</translation>
        </message>
    </context>
    <context>
        <name>cc::realtime::PhoenixMessage</name>
        <message>
            <source>The realtime server sent a message the console does not understand.</source>
            <translation>Le serveur Realtime a envoyé un message que la console ne comprend pas.</translation>
        </message>
    </context>
    <context>
        <name>cc::realtime::PostgresChange</name>
        <message>
            <source>The realtime server sent a row change the console does not understand.</source>
            <translation>Le serveur Realtime a envoyé une modification de ligne que la console ne comprend pas.</translation>
        </message>
    </context>
    <context>
        <name>cc::realtime::RealtimeClient</name>
        <message>
            <source>Live updates need a signed-in user.</source>
            <translation>Les mises à jour en direct nécessitent un utilisateur connecté.</translation>
        </message>
        <message>
            <source>Live updates stopped: the access token has expired and could not be renewed. Sign in again to resume.</source>
            <translation>Mises à jour en direct arrêtées : le jeton d’accès a expiré et n’a pas pu être renouvelé. Reconnectez-vous pour reprendre.</translation>
        </message>
        <message>
            <source>Live updates are not available: the server did not accept the subscription as asked.</source>
            <translation>Les mises à jour en direct ne sont pas disponibles : le serveur n’a pas accepté l’abonnement tel que demandé.</translation>
        </message>
        <message>
            <source>Live updates are not available: %1</source>
            <translation>Les mises à jour en direct ne sont pas disponibles : %1</translation>
        </message>
        <message>
            <source>Live updates stopped: the server refused the sign-in %1 times in a row (%2). Sign in again to resume.</source>
            <translation>Mises à jour en direct arrêtées : le serveur a refusé la connexion %1 fois de suite (%2). Reconnectez-vous pour reprendre.</translation>
        </message>
        <message>
            <source>Live updates were interrupted: %1</source>
            <translation>Les mises à jour en direct ont été interrompues : %1</translation>
        </message>
    </context>
    <context>
        <name>cc::sandbox::LoginPages</name>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Mot de passe</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>Se connecter</translation>
        </message>
        <message>
            <source>Demo users</source>
            <translation>Utilisateurs de démonstration</translation>
        </message>
        <message>
            <source>The sandbox prints their passwords when it starts.</source>
            <translation>Le bac à sable affiche leurs mots de passe au démarrage.</translation>
        </message>
        <message>
            <source>Allow</source>
            <translation>Autoriser</translation>
        </message>
        <message>
            <source>Deny</source>
            <translation>Refuser</translation>
        </message>
        <message>
            <source>Sign-in failed</source>
            <translation>Échec de la connexion</translation>
        </message>
    </context>
    <context>
        <name>cc::sandbox::OAuthServer</name>
        <message>
            <source>The sign-in request repeats the parameter %1.</source>
            <translation>La demande de connexion répète le paramètre %1.</translation>
        </message>
        <message>
            <source>The application asking you to sign in is not registered.</source>
            <translation>L’application qui vous demande de vous connecter n’est pas enregistrée.</translation>
        </message>
        <message>
            <source>The application's redirect address is not registered.</source>
            <translation>L’adresse de redirection de l’application n’est pas enregistrée.</translation>
        </message>
        <message>
            <source>No sign-in provider was named.</source>
            <translation>Aucun fournisseur de connexion n’a été indiqué.</translation>
        </message>
        <message>
            <source>The application's redirect address is not allowed.</source>
            <translation>L’adresse de redirection de l’application n’est pas autorisée.</translation>
        </message>
        <message>
            <source>Sign in to the Campaign Console sandbox</source>
            <translation>Se connecter au bac à sable de Campaign Console</translation>
        </message>
        <message>
            <source>The e-mail address or the password is wrong.</source>
            <translation>L’adresse e-mail ou le mot de passe est incorrect.</translation>
        </message>
        <message>
            <source>Allow Campaign Console to use the sandbox as %1?</source>
            <translation>Autoriser Campaign Console à utiliser le bac à sable en tant que %1 ?</translation>
        </message>
        <message>
            <source>This sign-in page has expired. Start signing in again.</source>
            <translation>Cette page de connexion a expiré. Recommencez la connexion.</translation>
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
        <message>
            <source>Every &lt;ms&gt; milliseconds a demo marketer changes one of their campaigns (0: never; --demo: %1).</source>
            <translation>Toutes les &lt;ms&gt; millisecondes, un marketeur de démonstration modifie l’une de ses campagnes (0 : jamais ; --demo : %1).</translation>
        </message>
        <message>
            <source>--activity must be a number of milliseconds (0 or more).</source>
            <translation>--activity doit être un nombre de millisecondes (0 ou plus).</translation>
        </message>
        <message>
            <source>The sign-in providers to enable, comma-separated (default: sandbox; empty: none).</source>
            <translation>Les fournisseurs de connexion à activer, séparés par des virgules (par défaut : sandbox ; vide : aucun).</translation>
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
        <name>cc::sandbox::SocialPlatforms</name>
        <message>
            <source>The application asking for access is not registered.</source>
            <translation>L’application qui demande l’accès n’est pas enregistrée.</translation>
        </message>
        <message>
            <source>The application's redirect address is not registered.</source>
            <translation>L’adresse de redirection de l’application n’est pas enregistrée.</translation>
        </message>
        <message>
            <source>Allow Campaign Console to post as %1 on %2?</source>
            <translation>Autoriser Campaign Console à publier en tant que %1 sur %2 ?</translation>
        </message>
        <message>
            <source>This page has expired. Start connecting the account again.</source>
            <translation>Cette page a expiré. Recommencez la connexion du compte.</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::AccountsPage</name>
        <message>
            <source>Working</source>
            <translation>Fonctionne</translation>
        </message>
        <message>
            <source>Expired: refresh or link again</source>
            <translation>Expiré : renouvelez ou liez à nouveau</translation>
        </message>
        <message>
            <source>Not working</source>
            <translation>Ne fonctionne pas</translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>Vérification…</translation>
        </message>
        <message>
            <source>Accounts</source>
            <translation>Comptes</translation>
        </message>
        <message>
            <source>Your sign-in and the social accounts connected for campaigns.</source>
            <translation>Votre connexion et les comptes de réseaux sociaux liés aux campagnes.</translation>
        </message>
        <message>
            <source>Profile</source>
            <translation>Profil</translation>
        </message>
        <message>
            <source>Profile:</source>
            <translation>Profil :</translation>
        </message>
        <message>
            <source>Sign-in</source>
            <translation>Connexion</translation>
        </message>
        <message>
            <source>Choose or add a profile to sign in.</source>
            <translation>Choisissez ou ajoutez un profil pour vous connecter.</translation>
        </message>
        <message>
            <source>Sign in with browser</source>
            <translation>Se connecter avec le navigateur</translation>
        </message>
        <message>
            <source>Sign out</source>
            <translation>Se déconnecter</translation>
        </message>
        <message>
            <source>Connected accounts</source>
            <translation>Comptes liés</translation>
        </message>
        <message>
            <source>Platform</source>
            <translation>Plateforme</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Compte</translation>
        </message>
        <message>
            <source>Scopes</source>
            <translation>Portées</translation>
        </message>
        <message>
            <source>Expires</source>
            <translation>Expire</translation>
        </message>
        <message>
            <source>Health</source>
            <translation>État</translation>
        </message>
        <message>
            <source>Link…</source>
            <translation>Lier…</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Renouveler</translation>
        </message>
        <message>
            <source>Disconnect</source>
            <translation>Déconnecter</translation>
        </message>
        <message>
            <source>Sign in to “%1” in your web browser. No keychain is available on this computer, so the session will only last until the console is closed.</source>
            <translation>Connectez-vous à « %1 » dans votre navigateur web. Aucun trousseau n’est disponible sur cet ordinateur ; la session ne durera donc que jusqu’à la fermeture de la console.</translation>
        </message>
        <message>
            <source>Sign in to “%1” in your web browser. The console never sees your password; it keeps the session in your system keychain.</source>
            <translation>Connectez-vous à « %1 » dans votre navigateur web. La console ne voit jamais votre mot de passe ; elle conserve la session dans le trousseau de votre système.</translation>
        </message>
        <message>
            <source>Signed in to “%1” as %2 (role %3). The session renews itself; the current access token expires at %4.</source>
            <translation>Connecté à « %1 » en tant que %2 (rôle %3). La session se renouvelle d’elle-même ; le jeton d’accès actuel expire le %4.</translation>
        </message>
        <message>
            <source>none</source>
            <translation>aucun</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Not linked</source>
            <translation>Non lié</translation>
        </message>
        <message>
            <source>Choose a profile to see its connected accounts.</source>
            <translation>Choisissez un profil pour voir ses comptes liés.</translation>
        </message>
        <message>
            <source>Sign in to link social accounts for campaigns.</source>
            <translation>Connectez-vous pour lier des comptes de réseaux sociaux aux campagnes.</translation>
        </message>
        <message>
            <source>This backend offers no social platforms to link.</source>
            <translation>Ce backend ne propose aucune plateforme sociale à lier.</translation>
        </message>
        <message>
            <source>Select a platform to link it, refresh its token or disconnect it.</source>
            <translation>Sélectionnez une plateforme pour la lier, renouveler son jeton ou la déconnecter.</translation>
        </message>
        <message>
            <source>Waiting for you to finish signing in with your browser… If no browser opened, copy the link and open it yourself. The link is valid for 5 minutes.</source>
            <translation>En attente de la fin de votre connexion dans le navigateur… Si aucun navigateur ne s’est ouvert, copiez le lien et ouvrez-le vous-même. Le lien est valable 5 minutes.</translation>
        </message>
        <message>
            <source>Linking…</source>
            <translation>Liaison…</translation>
        </message>
        <message>
            <source>Finish linking the account in your browser… If no browser opened, copy the link and open it yourself.</source>
            <translation>Terminez la liaison du compte dans votre navigateur… Si aucun navigateur ne s’est ouvert, copiez le lien et ouvrez-le vous-même.</translation>
        </message>
        <message>
            <source>Linking cancelled.</source>
            <translation>Liaison annulée.</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::BrowserHandOff</name>
        <message>
            <source>Link to open in a browser</source>
            <translation>Lien à ouvrir dans un navigateur</translation>
        </message>
        <message>
            <source>Preparing the link…</source>
            <translation>Préparation du lien…</translation>
        </message>
        <message>
            <source>Copy link</source>
            <translation>Copier le lien</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Link copied: paste it into a browser on this computer.</source>
            <translation>Lien copié : collez-le dans un navigateur sur cet ordinateur.</translation>
        </message>
        <message>
            <source>No web browser could be opened on this computer. Copy the link below and open it in a browser on this computer; this page waits for it for 5 minutes.</source>
            <translation>Aucun navigateur web n’a pu être ouvert sur cet ordinateur. Copiez le lien ci-dessous et ouvrez-le dans un navigateur sur cet ordinateur ; cette page l’attend 5 minutes.</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::CampaignActions</name>
        <message>
            <source>&amp;New…</source>
            <translation>&amp;Nouvelle…</translation>
        </message>
        <message>
            <source>D&amp;uplicate…</source>
            <translation>D&amp;upliquer…</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Supprimer</translation>
        </message>
        <message>
            <source>&amp;Pause</source>
            <translation>Mettre en &amp;pause</translation>
        </message>
        <message>
            <source>&amp;Archive</source>
            <translation>&amp;Archiver</translation>
        </message>
        <message>
            <source>&amp;Budget…</source>
            <translation>&amp;Budget…</translation>
        </message>
        <message>
            <source>&amp;Export CSV…</source>
            <translation>&amp;Exporter en CSV…</translation>
        </message>
        <message>
            <source>Send &amp;test e-mail…</source>
            <translation>Envoyer un e-mail de &amp;test…</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Actualiser</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Rechercher</translation>
        </message>
        <message>
            <source>&amp;Undo delete</source>
            <translation>Annu&amp;ler la suppression</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Select one campaign to duplicate.</source>
            <translation>Sélectionnez une campagne à dupliquer.</translation>
        </message>
        <message>
            <source>Select one or more campaigns first.</source>
            <translation>Sélectionnez d’abord une ou plusieurs campagnes.</translation>
        </message>
        <message>
            <source>No campaigns to export: the view is empty.</source>
            <translation>Aucune campagne à exporter : la vue est vide.</translation>
        </message>
        <message>
            <source>Sending test e-mails needs the e-mail API key: add it in Settings.</source>
            <translation>L’envoi d’e-mails de test nécessite la clé de l’API e-mail : ajoutez-la dans les Paramètres.</translation>
        </message>
        <message>
            <source>Select one campaign to send a test of.</source>
            <translation>Sélectionnez une campagne dont envoyer un test.</translation>
        </message>
        <message>
            <source>Nothing to undo.</source>
            <translation>Rien à annuler.</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1 : %2</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::CampaignChanges</name>
        <message>
            <source>Select the campaigns to delete.</source>
            <translation>Sélectionnez les campagnes à supprimer.</translation>
        </message>
        <message>
            <source>Select the campaigns to change.</source>
            <translation>Sélectionnez les campagnes à modifier.</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::CampaignDetailPane</name>
        <message>
            <source>not set</source>
            <translation>non défini</translation>
        </message>
        <message>
            <source>Select a campaign to see its details.</source>
            <translation>Sélectionnez une campagne pour voir ses détails.</translation>
        </message>
        <message>
            <source>Resolve &amp;conflict…</source>
            <translation>Résoudre le &amp;conflit…</translation>
        </message>
        <message>
            <source>Discard &amp;change</source>
            <translation>Abandonner la &amp;modification</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Canal</translation>
        </message>
        <message>
            <source>Budget</source>
            <translation>Budget</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Début</translation>
        </message>
        <message>
            <source>End</source>
            <translation>Fin</translation>
        </message>
        <message>
            <source>Audience</source>
            <translation>Audience</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Envoyés</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>Ouverts</translation>
        </message>
        <message>
            <source>Clicked</source>
            <translation>Cliqués</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Création</translation>
        </message>
        <message>
            <source>Last change</source>
            <translation>Dernière modification</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>Synchro</translation>
        </message>
        <message>
            <source>No campaign selected</source>
            <translation>Aucune campagne sélectionnée</translation>
        </message>
        <message>
            <source>not on the server yet</source>
            <translation>pas encore sur le serveur</translation>
        </message>
        <message>
            <source>Saved on the server.</source>
            <translation>Enregistré sur le serveur.</translation>
        </message>
        <message>
            <source>Changed on this computer; waiting to be sent.</source>
            <translation>Modifié sur cet ordinateur ; en attente d’envoi.</translation>
        </message>
        <message>
            <source>Someone else changed it meanwhile: choose which version to keep.</source>
            <translation>Quelqu’un d’autre l’a modifiée entre-temps : choisissez la version à conserver.</translation>
        </message>
        <message>
            <source>The server refused the change: %1</source>
            <translation>Le serveur a refusé la modification : %1</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::CampaignEditing</name>
        <message>
            <source>“%1” was changed by someone else.</source>
            <translation>La campagne « %1 » a été modifiée par quelqu’un d’autre.</translation>
        </message>
        <message>
            <source>&amp;Resolve…</source>
            <translation>&amp;Résoudre…</translation>
        </message>
        <message>
            <source>The server refused a change: %1</source>
            <translation>Le serveur a refusé une modification : %1</translation>
        </message>
        <message>
            <source>Could not bring the deleted campaigns back: %1</source>
            <translation>Impossible de rétablir les campagnes supprimées : %1</translation>
        </message>
        <message>
            <source>Copy of %1</source>
            <translation>Copie de %1</translation>
        </message>
        <message>
            <source>Duplicate campaign</source>
            <translation>Dupliquer la campagne</translation>
        </message>
        <message>
            <source>Deleted “%1”.</source>
            <translation>« %1 » supprimé.</translation>
        </message>
        <message numerus="yes">
            <source>Deleted %n campaigns.</source>
            <translation>
                <numerusform>%n campagne supprimée.</numerusform>
                <numerusform>%n campagnes supprimées.</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Annuler</translation>
        </message>
        <message numerus="yes">
            <source>%n campaign(s) set to %1.</source>
            <translation>
                <numerusform>Statut de %n campagne défini sur %1.</numerusform>
                <numerusform>Statut de %n campagnes défini sur %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Budget of %n campaign(s) set to %1.</source>
            <translation>
                <numerusform>Budget de %n campagne défini sur %1.</numerusform>
                <numerusform>Budget de %n campagnes défini sur %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>Change budget</source>
            <translation>Modifier le budget</translation>
        </message>
        <message numerus="yes">
            <source>New budget for %n selected campaign(s):</source>
            <translation>
                <numerusform>Nouveau budget pour %n campagne sélectionnée :</numerusform>
                <numerusform>Nouveau budget pour %n campagnes sélectionnées :</numerusform>
            </translation>
        </message>
        <message>
            <source>There is no conflict to resolve for this campaign.</source>
            <translation>Il n’y a aucun conflit à résoudre pour cette campagne.</translation>
        </message>
        <message>
            <source>Created “%1”.</source>
            <translation>« %1 » créé.</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::CampaignEditorDialog</name>
        <message>
            <source>New campaign</source>
            <translation>Nouvelle campagne</translation>
        </message>
        <message>
            <source>Edit campaign</source>
            <translation>Modifier la campagne</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Nom</translation>
        </message>
        <message>
            <source>&amp;Status</source>
            <translation>&amp;Statut</translation>
        </message>
        <message>
            <source>C&amp;hannel</source>
            <translation>&amp;Canal</translation>
        </message>
        <message>
            <source>&amp;Budget</source>
            <translation>&amp;Budget</translation>
        </message>
        <message>
            <source>C&amp;urrency</source>
            <translation>&amp;Devise</translation>
        </message>
        <message>
            <source>YYYY-MM-DD, or empty</source>
            <translation>YYYY-MM-DD, ou vide</translation>
        </message>
        <message>
            <source>S&amp;tart date</source>
            <translation>Da&amp;te de début</translation>
        </message>
        <message>
            <source>&amp;End date</source>
            <translation>Date de &amp;fin</translation>
        </message>
        <message>
            <source>&amp;Audience size</source>
            <translation>Taille de l’&amp;audience</translation>
        </message>
        <message>
            <source>Enter a number.</source>
            <translation>Saisissez un nombre.</translation>
        </message>
        <message>
            <source>Enter a whole number.</source>
            <translation>Saisissez un nombre entier.</translation>
        </message>
        <message>
            <source>Enter a date as YYYY-MM-DD, or leave it empty.</source>
            <translation>Saisissez une date au format YYYY-MM-DD, ou laissez le champ vide.</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::CampaignExporter</name>
        <message numerus="yes">
            <source>Exported %n campaign(s) to %1.</source>
            <translation>
                <numerusform>%n campagne exportée vers %1.</numerusform>
                <numerusform>%n campagnes exportées vers %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>Could not export: %1</source>
            <translation>Exportation impossible : %1</translation>
        </message>
        <message>
            <source>Export campaigns</source>
            <translation>Exporter les campagnes</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Fichiers CSV (*.csv)</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>Exportation…</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::CampaignFilterBar</name>
        <message>
            <source>Search campaigns by name (Ctrl+F)</source>
            <translation>Rechercher des campagnes par nom (Ctrl+F)</translation>
        </message>
        <message>
            <source>Status filter</source>
            <translation>Filtre de statut</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>Tous les statuts</translation>
        </message>
        <message>
            <source>Channel filter</source>
            <translation>Filtre de canal</translation>
        </message>
        <message>
            <source>All channels</source>
            <translation>Tous les canaux</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::CampaignStatusLine</name>
        <message>
            <source>Refreshing…</source>
            <translation>Actualisation…</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 sur %2</translation>
        </message>
        <message>
            <source>Offline: the server cannot be reached (%1). You are seeing cached data; changes are kept on this computer and sent when it is back.</source>
            <translation>Hors ligne : le serveur est injoignable (%1). Vous voyez des données en cache ; les modifications sont conservées sur cet ordinateur et envoyées dès qu’il sera de nouveau joignable.</translation>
        </message>
        <message>
            <source>Offline: showing cached data</source>
            <translation>Hors ligne : affichage des données en cache</translation>
        </message>
        <message>
            <source>Not synced yet</source>
            <translation>Pas encore synchronisé</translation>
        </message>
        <message>
            <source>Updated just now</source>
            <translation>Mis à jour à l’instant</translation>
        </message>
        <message numerus="yes">
            <source>Updated %n min ago</source>
            <translation>
                <numerusform>Mis à jour il y a %n min</numerusform>
                <numerusform>Mis à jour il y a %n min</numerusform>
            </translation>
        </message>
        <message>
            <source>The server refused to list campaigns: %1</source>
            <translation>Le serveur a refusé de lister les campagnes : %1</translation>
        </message>
        <message>
            <source>Error: showing cached data</source>
            <translation>Erreur : données en cache affichées</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::CampaignTableModel</name>
        <message>
            <source>pending</source>
            <translation>en attente</translation>
        </message>
        <message>
            <source>conflict</source>
            <translation>conflit</translation>
        </message>
        <message>
            <source>Saved on this computer; not on the server yet.</source>
            <translation>Enregistré sur cet ordinateur ; pas encore sur le serveur.</translation>
        </message>
        <message>
            <source>Someone else changed this campaign; choose which version to keep.</source>
            <translation>Quelqu’un d’autre a modifié cette campagne ; choisissez la version à conserver.</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>Synchro</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Canal</translation>
        </message>
        <message>
            <source>Budget</source>
            <translation>Budget</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Début</translation>
        </message>
        <message>
            <source>End</source>
            <translation>Fin</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>échec</translation>
        </message>
        <message>
            <source>The server refused this change; see the details pane.</source>
            <translation>Le serveur a refusé cette modification ; voir le volet des détails.</translation>
        </message>
        <message>
            <source>Audience</source>
            <translation>Audience</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Envoyés</translation>
        </message>
        <message>
            <source>Last change</source>
            <translation>Dernière modification</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::CampaignViewSettings</name>
        <message>
            <source>&amp;Columns</source>
            <translation>&amp;Colonnes</translation>
        </message>
        <message>
            <source>&amp;Sort by</source>
            <translation>Tr&amp;ier par</translation>
        </message>
        <message>
            <source>%1, ascending</source>
            <translation>%1, croissant</translation>
        </message>
        <message>
            <source>%1, descending</source>
            <translation>%1, décroissant</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Affichage</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::CampaignsPage</name>
        <message>
            <source>That campaign no longer exists.</source>
            <translation>Cette campagne n’existe plus.</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::ConflictDialog</name>
        <message>
            <source>Resolve conflict</source>
            <translation>Résoudre le conflit</translation>
        </message>
        <message>
            <source>“%1” was changed by someone else after you edited it. Compare the versions and choose what to keep. Highlighted fields differ.</source>
            <translation>La campagne « %1 » a été modifiée par quelqu’un d’autre après votre propre modification. Comparez les versions et choisissez ce qu’il faut conserver. Les champs en surbrillance diffèrent.</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Champ</translation>
        </message>
        <message>
            <source>Yours</source>
            <translation>Votre version</translation>
        </message>
        <message>
            <source>Server's</source>
            <translation>Version du serveur</translation>
        </message>
        <message>
            <source>differs</source>
            <translation>diffère</translation>
        </message>
        <message>
            <source>Keep yours: %1</source>
            <translation>Conserver la vôtre : %1</translation>
        </message>
        <message>
            <source>Keep the server's: %1</source>
            <translation>Conserver celle du serveur : %1</translation>
        </message>
        <message>
            <source>&amp;Keep mine</source>
            <translation>&amp;Conserver la mienne</translation>
        </message>
        <message>
            <source>&amp;Take theirs</source>
            <translation>&amp;Prendre celle du serveur</translation>
        </message>
        <message>
            <source>&amp;Merge selected</source>
            <translation>&amp;Fusionner la sélection</translation>
        </message>
        <message>
            <source>Send your changes again, on top of the server's version.</source>
            <translation>Renvoyer vos modifications par-dessus la version du serveur.</translation>
        </message>
        <message>
            <source>Drop your changes and use the server's version.</source>
            <translation>Abandonner vos modifications et utiliser la version du serveur.</translation>
        </message>
        <message>
            <source>For each highlighted field, keep the version whose button is selected.</source>
            <translation>Pour chaque champ en surbrillance, conserver la version dont le bouton est sélectionné.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Canal</translation>
        </message>
        <message>
            <source>Budget</source>
            <translation>Budget</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Devise</translation>
        </message>
        <message>
            <source>Start date</source>
            <translation>Date de début</translation>
        </message>
        <message>
            <source>End date</source>
            <translation>Date de fin</translation>
        </message>
        <message>
            <source>Audience size</source>
            <translation>Taille de l’audience</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(aucune)</translation>
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
        <message>
            <source>Connected, but sign-in would fail: %1 %2</source>
            <translation>Connecté, mais la connexion échouerait : %1 %2</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::ConsoleApplication</name>
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
        <message>
            <source>Measure the cold start: print the time until the first campaign rows are painted, then exit.</source>
            <translation>Mesurer le démarrage à froid : afficher le temps écoulé jusqu’au dessin des premières lignes de campagnes, puis quitter.</translation>
        </message>
        <message>
            <source>With --screenshot: wait at least &lt;ms&gt; milliseconds first.</source>
            <translation>Avec --screenshot : attendre d’abord au moins &lt;ms&gt; millisecondes.</translation>
        </message>
        <message>
            <source>--screenshot-delay needs a number of milliseconds.</source>
            <translation>--screenshot-delay nécessite un nombre de millisecondes.</translation>
        </message>
        <message>
            <source>With --screenshot: the window's size, e.g. 1024x640.</source>
            <translation>Avec --screenshot : la taille de la fenêtre, par exemple 1024x640.</translation>
        </message>
        <message>
            <source>--screenshot-size needs a size such as 1024x640 (320x240 to 7680x4320).</source>
            <translation>--screenshot-size attend une taille comme 1024x640 (de 320x240 à 7680x4320).</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::ConsoleStartup</name>
        <message>
            <source>%1: no display found: neither DISPLAY nor WAYLAND_DISPLAY is set.
Start it from a desktop session, or set QT_QPA_PLATFORM=offscreen to run without a screen.</source>
            <translation>%1 : aucun affichage trouvé : ni DISPLAY ni WAYLAND_DISPLAY n’est défini.
Lancez-le depuis une session de bureau, ou définissez QT_QPA_PLATFORM=offscreen pour l’exécuter sans écran.</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::DesktopBrowserOpener</name>
        <message>
            <source>No browser could be opened; copy the sign-in link and open it yourself.</source>
            <translation>Aucun navigateur n’a pu être ouvert ; copiez le lien de connexion et ouvrez-le vous-même.</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::EmailKeySettings</name>
        <message>
            <source>Save &amp;key</source>
            <translation>&amp;Enregistrer la clé</translation>
        </message>
        <message>
            <source>Remo&amp;ve key</source>
            <translation>Su&amp;pprimer la clé</translation>
        </message>
        <message>
            <source>E-mail API key</source>
            <translation>Clé d’API e-mail</translation>
        </message>
        <message>
            <source>E-mail API key:</source>
            <translation>Clé d’API e-mail :</translation>
        </message>
        <message>
            <source>Choose a profile to set its e-mail API key.</source>
            <translation>Choisissez un profil pour définir sa clé d’API e-mail.</translation>
        </message>
        <message>
            <source>No key saved for this profile: test e-mails cannot be sent.</source>
            <translation>Aucune clé enregistrée pour ce profil : les e-mails de test ne peuvent pas être envoyés.</translation>
        </message>
        <message>
            <source>A key is saved in the keychain for this profile.</source>
            <translation>Une clé est enregistrée dans le trousseau pour ce profil.</translation>
        </message>
        <message>
            <source>Enter the key first.</source>
            <translation>Saisissez d’abord la clé.</translation>
        </message>
        <message>
            <source>The key could not be saved: %1</source>
            <translation>La clé n’a pas pu être enregistrée : %1</translation>
        </message>
        <message>
            <source>The key could not be removed: %1</source>
            <translation>La clé n’a pas pu être supprimée : %1</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::HealthDashboardPage</name>
        <message>
            <source>Health</source>
            <translation>État</translation>
        </message>
        <message>
            <source>Whether every service the console depends on works, and since when it does not. Checked every %L1 s and on demand.</source>
            <translation>Si chaque service dont dépend la console fonctionne, et depuis quand il ne fonctionne plus. Vérification toutes les %L1 s et à la demande.</translation>
        </message>
        <message>
            <source>Notify me of changes</source>
            <translation>M’avertir des changements</translation>
        </message>
        <message>
            <source>Show a desktop notification when a service changes state</source>
            <translation>Afficher une notification de bureau quand un service change d’état</translation>
        </message>
        <message>
            <source>&amp;Check now</source>
            <translation>&amp;Vérifier maintenant</translation>
        </message>
        <message>
            <source>Run every check now (F5)</source>
            <translation>Lancer toutes les vérifications maintenant (F5)</translation>
        </message>
        <message>
            <source>Incidents</source>
            <translation>Incidents</translation>
        </message>
        <message>
            <source>State over the last 24 hours</source>
            <translation>État sur les dernières 24 heures</translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>Vérification…</translation>
        </message>
        <message>
            <source>History unavailable: %1</source>
            <translation>Historique indisponible : %1</translation>
        </message>
        <message>
            <source>%1 over the last 24 hours</source>
            <translation>%1 sur les dernières 24 heures</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1 : %2</translation>
        </message>
        <message>
            <source>Last checked at %1</source>
            <translation>Dernière vérification à %1</translation>
        </message>
        <message>
            <source>Overall health: %1</source>
            <translation>État général : %1</translation>
        </message>
        <message>
            <source>No incidents in this period</source>
            <translation>Aucun incident sur cette période</translation>
        </message>
        <message>
            <source>No profile in use</source>
            <translation>Aucun profil utilisé</translation>
        </message>
        <message>
            <source>Add a profile in Settings (or choose one there) to check its services here: REST, Auth, Realtime, e-mail, the local cache and the keychain.</source>
            <translation>Ajoutez un profil dans les Paramètres (ou choisissez-en un) pour vérifier ici ses services : REST, Auth, Realtime, e-mail, le cache local et le trousseau.</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::HealthNotifier</name>
        <message>
            <source>Campaign Console: service health</source>
            <translation>Campaign Console : état des services</translation>
        </message>
        <message>
            <source>%1 is %2</source>
            <translation>%1 : %2</translation>
        </message>
        <message>
            <source>%1 works again (it was %2).</source>
            <translation>%1 fonctionne de nouveau (état précédent : %2).</translation>
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
            <translation>%1 j %2 h</translation>
        </message>
        <message>
            <source>Ongoing</source>
            <translation>En cours</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>Service</translation>
        </message>
        <message>
            <source>State</source>
            <translation>État</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Début</translation>
        </message>
        <message>
            <source>Resolved</source>
            <translation>Résolu</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Durée</translation>
        </message>
        <message>
            <source>Last error</source>
            <translation>Dernière erreur</translation>
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
        <name>cc::ui::LatencyChart</name>
        <message>
            <source>Latency (average per bucket)</source>
            <translation>Latence (moyenne par intervalle)</translation>
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
            <translation>7 j</translation>
        </message>
        <message>
            <source>Show latency over %1</source>
            <translation>Afficher la latence sur %1</translation>
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
            <translation>Vous (cette console)</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Inconnu</translation>
        </message>
        <message>
            <source>created</source>
            <translation>création</translation>
        </message>
        <message>
            <source>deleted</source>
            <translation>suppression</translation>
        </message>
        <message>
            <source>changed</source>
            <translation>modification</translation>
        </message>
        <message>
            <source>(unnamed)</source>
            <translation>(sans nom)</translation>
        </message>
        <message>
            <source>%1: %2 → %3</source>
            <translation>%1 : %2 → %3</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Heure</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Campaign</source>
            <translation>Campagne</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Qui</translation>
        </message>
        <message>
            <source>Changes</source>
            <translation>Modifications</translation>
        </message>
        <message>
            <source>User %1</source>
            <translation>Utilisateur %1</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::LiveFeedPage</name>
        <message>
            <source>All changes</source>
            <translation>Toutes les modifications</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Création</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>Modification</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>Suppression</translation>
        </message>
        <message>
            <source>&amp;Show:</source>
            <translation>&amp;Afficher :</translation>
        </message>
        <message>
            <source>Filter by campaign, person or field</source>
            <translation>Filtrer par campagne, personne ou champ</translation>
        </message>
        <message>
            <source>&amp;Filter:</source>
            <translation>&amp;Filtrer :</translation>
        </message>
        <message>
            <source>&amp;Pause</source>
            <translation>Mettre en &amp;pause</translation>
        </message>
        <message>
            <source>Stop adding new changes to the list; they are kept and counted.</source>
            <translation>Ne plus ajouter les nouvelles modifications à la liste ; elles sont conservées et comptées.</translation>
        </message>
        <message>
            <source>&amp;Open campaign</source>
            <translation>&amp;Ouvrir la campagne</translation>
        </message>
        <message>
            <source>changed</source>
            <translation>modification</translation>
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
            <source>Subscribing to changes…</source>
            <translation>Abonnement aux modifications…</translation>
        </message>
        <message>
            <source>Live</source>
            <translation>En direct</translation>
        </message>
        <message>
            <source>Reconnecting…</source>
            <translation>Reconnexion…</translation>
        </message>
        <message>
            <source>Not connected: sign in again</source>
            <translation>Non connecté : reconnectez-vous</translation>
        </message>
        <message>
            <source>&amp;Resume</source>
            <translation>&amp;Reprendre</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>En pause</translation>
        </message>
        <message>
            <source>1 new change</source>
            <translation>1 nouvelle modification</translation>
        </message>
        <message>
            <source>%1 new changes</source>
            <translation>%1 nouvelles modifications</translation>
        </message>
        <message>
            <source>Last change at %1</source>
            <translation>Dernière modification à %1</translation>
        </message>
        <message>
            <source>No changes yet</source>
            <translation>Aucune modification pour l’instant</translation>
        </message>
        <message>
            <source>%1 of %2 changes</source>
            <translation>%1 modifications sur %2</translation>
        </message>
        <message>
            <source>1 change</source>
            <translation>1 modification</translation>
        </message>
        <message>
            <source>%1 changes</source>
            <translation>%1 modifications</translation>
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
        <name>cc::ui::MessageBar</name>
        <message>
            <source>Dismiss</source>
            <translation>Fermer</translation>
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
            <source>Sign in to see campaigns</source>
            <translation>Connectez-vous pour voir les campagnes</translation>
        </message>
        <message>
            <source>The campaigns of “%1” are listed here once you are signed in. Sign in on the Accounts page: the console opens your web browser, and your session is kept in the system keychain.</source>
            <translation>Les campagnes de « %1 » s’affichent ici une fois que vous êtes connecté. Connectez-vous sur la page Comptes : la console ouvre votre navigateur web, et votre session est conservée dans le trousseau du système.</translation>
        </message>
        <message>
            <source>Go to Accounts</source>
            <translation>Aller à la page Comptes</translation>
        </message>
        <message>
            <source>Sign in to follow changes</source>
            <translation>Connectez-vous pour suivre les modifications</translation>
        </message>
        <message>
            <source>Once you are signed in to “%1”, changes made by anyone appear here as they happen.</source>
            <translation>Une fois que vous êtes connecté à « %1 », les modifications faites par quiconque apparaissent ici en temps réel.</translation>
        </message>
        <message>
            <source>Welcome to Campaign Console</source>
            <translation>Bienvenue dans Campaign Console</translation>
        </message>
        <message>
            <source>Try the demo</source>
            <translation>Essayer la démo</translation>
        </message>
        <message>
            <source>Connect to your Supabase project…</source>
            <translation>Se connecter à votre projet Supabase…</translation>
        </message>
        <message>
            <source>Try the demo to explore the console with 5,000 sample campaigns on a built-in sandbox (nothing leaves this computer), or add a profile in Settings with your Supabase project URL and anon key.</source>
            <translation>Essayez la démo pour découvrir la console avec 5 000 campagnes d’exemple dans le bac à sable intégré (rien ne quitte cet ordinateur), ou ajoutez dans les Paramètres un profil avec l’URL et la clé anon de votre projet Supabase.</translation>
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
        <message>
            <source>Test the connection to list the enabled providers</source>
            <translation>Testez la connexion pour lister les fournisseurs activés</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::ProfileHealth</name>
        <message>
            <source>not connected (sign in to receive live changes)</source>
            <translation>non connecté (connectez-vous pour recevoir les modifications en direct)</translation>
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
        <name>cc::ui::SendTestEmailDialog</name>
        <message>
            <source>Test: %1</source>
            <translation>Test : %1</translation>
        </message>
        <message>
            <source>&amp;Send</source>
            <translation>&amp;Envoyer</translation>
        </message>
        <message>
            <source>Send test e-mail</source>
            <translation>Envoyer un e-mail de test</translation>
        </message>
        <message>
            <source>name@example.org</source>
            <translation>name@example.org</translation>
        </message>
        <message>
            <source>This is a test of the campaign “%1” (%2).</source>
            <translation>Ceci est un test de la campagne « %1 » (%2).</translation>
        </message>
        <message>
            <source>&amp;To:</source>
            <translation>&amp;À :</translation>
        </message>
        <message>
            <source>S&amp;ubject:</source>
            <translation>&amp;Objet :</translation>
        </message>
        <message>
            <source>&amp;Message:</source>
            <translation>&amp;Message :</translation>
        </message>
        <message>
            <source>Sending…</source>
            <translation>Envoi…</translation>
        </message>
        <message>
            <source>Sent. The e-mail service accepted the message (%1).</source>
            <translation>Envoyé. Le service e-mail a accepté le message (%1).</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::ServiceTile</name>
        <message>
            <source>Uptime: 24 h %1 · 7 d %2 · 30 d %3</source>
            <translation>Disponibilité : 24 h %1 · 7 j %2 · 30 j %3</translation>
        </message>
        <message>
            <source>Breaker: not used</source>
            <translation>Disjoncteur : non utilisé</translation>
        </message>
        <message>
            <source>Breaker: %1</source>
            <translation>Disjoncteur : %1</translation>
        </message>
        <message>
            <source>%1 (at %2)</source>
            <translation>%1 (à %2)</translation>
        </message>
        <message>
            <source>Last error: none</source>
            <translation>Dernière erreur : aucune</translation>
        </message>
        <message>
            <source>Last error: %1</source>
            <translation>Dernière erreur : %1</translation>
        </message>
        <message>
            <source>Latency: %L1 ms</source>
            <translation>Latence : %L1 ms</translation>
        </message>
        <message>
            <source>Latency: –</source>
            <translation>Latence : –</translation>
        </message>
        <message>
            <source> · p95 %L1 ms</source>
            <translation> · p95 %L1 ms</translation>
        </message>
        <message>
            <source>Last check: %1</source>
            <translation>Dernière vérification : %1</translation>
        </message>
        <message>
            <source>Last check: not yet</source>
            <translation>Dernière vérification : pas encore</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1 : %2</translation>
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
        <message>
            <source>Connected. Sign-in will use %1, the project's only provider; save the profile to keep it.</source>
            <translation>Connecté. La connexion utilisera %1, le seul fournisseur du projet ; enregistrez le profil pour le garder.</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::ShellMenus</name>
        <message>
            <source>&amp;New campaign…</source>
            <translation>&amp;Nouvelle campagne…</translation>
        </message>
        <message>
            <source>&amp;Export campaigns…</source>
            <translation>&amp;Exporter les campagnes…</translation>
        </message>
        <message>
            <source>&amp;Switch profile</source>
            <translation>&amp;Changer de profil</translation>
        </message>
        <message>
            <source>Connecting a Supabase &amp;project</source>
            <translation>Connecter un &amp;projet Supabase</translation>
        </message>
        <message>
            <source>Open the &amp;log folder</source>
            <translation>Ouvrir le dossier des &amp;journaux</translation>
        </message>
        <message>
            <source>The guide is not installed with this copy of the console.</source>
            <translation>Le guide n’est pas installé avec cette copie de la console.</translation>
        </message>
        <message>
            <source>Sign in first: the campaigns of the profile are not shown yet.</source>
            <translation>Connectez-vous d’abord : les campagnes du profil ne sont pas encore affichées.</translation>
        </message>
        <message>
            <source>No profiles yet: add one in Settings</source>
            <translation>Aucun profil pour l’instant : ajoutez-en un dans les Paramètres</translation>
        </message>
        <message>
            <source>Could not open %1: %2</source>
            <translation>Impossible d’ouvrir %1 : %2</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::StateTimelineStrip</name>
        <message>
            <source>No problems in this period</source>
            <translation>Aucun problème sur cette période</translation>
        </message>
        <message>
            <source>%1 period(s) degraded or down in this period</source>
            <translation>%1 intervalle(s) dégradé(s) ou en panne sur cette période</translation>
        </message>
        <message>
            <source>%1 from %2 to %3</source>
            <translation>%1 du %2 au %3</translation>
        </message>
        <message>
            <source>No data from %1 to %2</source>
            <translation>Aucune donnée de %1 à %2</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::StatusBarEvents</name>
        <message>
            <source>signed out of %1</source>
            <translation>déconnecté de %1</translation>
        </message>
        <message>
            <source>Live updates from %1</source>
            <translation>Mises à jour en direct de %1</translation>
        </message>
        <message>
            <source>Downloading campaigns for offline use: %L1 of %L2…</source>
            <translation>Téléchargement des campagnes pour le travail hors ligne : %L1 sur %L2…</translation>
        </message>
        <message>
            <source>Downloading campaigns for offline use…</source>
            <translation>Téléchargement des campagnes pour le travail hors ligne…</translation>
        </message>
        <message>
            <source>Not every campaign could be downloaded for offline use: %1</source>
            <translation>Toutes les campagnes n’ont pas pu être téléchargées pour le travail hors ligne : %1</translation>
        </message>
        <message>
            <source>Every campaign is available offline.</source>
            <translation>Toutes les campagnes sont disponibles hors ligne.</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::UserStatusWidget</name>
        <message>
            <source>Sign out</source>
            <translation>Se déconnecter</translation>
        </message>
        <message>
            <source>Not signed in</source>
            <translation>Non connecté</translation>
        </message>
        <message>
            <source>Signed in as %1 (this session only)</source>
            <translation>Connecté en tant que %1 (cette session uniquement)</translation>
        </message>
        <message>
            <source>Signed in as %1</source>
            <translation>Connecté en tant que %1</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::WorkspacePages</name>
        <message>
            <source>Your local data could not be opened: %1</source>
            <translation>Vos données locales n’ont pas pu être ouvertes : %1</translation>
        </message>
        <message>
            <source>The local cache was damaged; it was moved to %1 and is being rebuilt from the server.</source>
            <translation>Le cache local était endommagé ; il a été déplacé vers %1 et est en cours de reconstruction depuis le serveur.</translation>
        </message>
    </context>
</TS>
