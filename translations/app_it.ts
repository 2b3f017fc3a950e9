<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Account Assistant</source>
        <translation>Informazioni su Assistente Account</translation>
    </message>
    <message>
        <source>Account Assistant {version}</source>
        <translation>Assistente Account {version}</translation>
    </message>
    <message>
        <source>A step-by-step assistant for closing an Amazon account, getting back into Seller Central, and telling Amazon&apos;s messages from fakes.</source>
        <translation>Un assistente passo passo per chiudere un account Amazon, rientrare in Seller Central e distinguere i messaggi di Amazon da quelli falsi.</translation>
    </message>
    <message>
        <source>It never asks for, keeps or sends a password, and it never goes online by itself: Amazon&apos;s pages open in your own browser. Your cases stay in one file on this computer; the e-mail each account uses, if you want it remembered, only in your system&apos;s keyring.</source>
        <translation>Non chiede, non conserva e non invia mai una password, e non va mai online da solo: le pagine di Amazon si aprono nel tuo browser. Le tue pratiche restano in un file su questo computer; l&apos;e-mail di ciascun account, se vuoi che la ricordi, solo nel portachiavi del sistema.</translation>
    </message>
    <message>
        <source>Account Assistant is not made by, affiliated with or endorsed by Amazon.</source>
        <translation>Assistente Account non è realizzato, affiliato né approvato da Amazon.</translation>
    </message>
    <message>
        <source>Free software under the MIT licence.</source>
        <translation>Software libero con licenza MIT.</translation>
    </message>
    <message>
        <source>&amp;Your data folder:</source>
        <translation>La &amp;tua cartella dei dati:</translation>
    </message>
    <message>
        <source>&amp;Open the folder</source>
        <translation>&amp;Apri la cartella</translation>
    </message>
</context>
<context>
    <name>AssistantWizard</name>
    <message>
        <source>Account Assistant</source>
        <translation>Assistente Account</translation>
    </message>
    <message>
        <source>Show the assistant in another language</source>
        <translation>Mostra l&apos;assistente in un&apos;altra lingua</translation>
    </message>
    <message>
        <source>Is this really &amp;Amazon?…</source>
        <translation>È &amp;davvero Amazon?…</translation>
    </message>
    <message>
        <source>Check a link or the sender of a message before you trust it</source>
        <translation>Controlla un link o il mittente di un messaggio prima di fidarti</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>Add to calendar</source>
        <translation>Aggiungi al calendario</translation>
    </message>
    <message>
        <source>There is no deadline waiting for your confirmation.</source>
        <translation>Non c&apos;è nessuna scadenza in attesa della tua conferma.</translation>
    </message>
    <message>
        <source>Look for Amazon&apos;s e-mail about “{label}”</source>
        <translation>Cerca l&apos;e-mail di Amazon su “{label}”</translation>
    </message>
    <message>
        <source>You sent an identity document to reset two-step verification on Seller Central. Amazon should answer by e-mail by {date}. No answer? Contact Seller Support; do not open a new seller account.</source>
        <translation>Hai inviato un documento d&apos;identità per reimpostare la verifica in due passaggi su Seller Central. Amazon dovrebbe risponderti per e-mail entro {date}. Nessuna risposta? Contatta il Supporto venditori; non aprire un nuovo account venditore.</translation>
    </message>
    <message>
        <source>Confirm the closure of the Amazon account “{label}”</source>
        <translation>Conferma la chiusura dell&apos;account Amazon “{label}”</translation>
    </message>
    <message>
        <source>Amazon sent an e-mail or a text message with a link to confirm the closure. Confirm it by {date}, or the request is void and everything starts again. Open the link only if the message really comes from Amazon.</source>
        <translation>Amazon ti ha mandato un&apos;e-mail o un SMS con un link per confermare la chiusura. Confermala entro {date}, altrimenti la richiesta non vale più e si ricomincia da capo. Apri il link solo se il messaggio arriva davvero da Amazon.</translation>
    </message>
    <message>
        <source>no program is reading from that pipe</source>
        <translation>nessun programma sta leggendo da quella pipe</translation>
    </message>
    <message>
        <source>that name belongs to a device or another special file, not to a regular file</source>
        <translation>quel nome appartiene a un dispositivo o a un altro file speciale, non a un file normale</translation>
    </message>
    <message>
        <source>its symbolic links form a loop</source>
        <translation>i suoi collegamenti simbolici formano un ciclo</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>File di calendario (*.ics)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non salvato</translation>
    </message>
    <message>
        <source>The calendar file could not be written in {path}: {reason}.</source>
        <translation>Non è stato possibile scrivere il file del calendario in {path}: {reason}.</translation>
    </message>
    <message>
        <source>Calendar file saved</source>
        <translation>File del calendario salvato</translation>
    </message>
    <message>
        <source>Saved as {path}. Open it with your calendar, or import it. Outlook, Apple Calendar and Thunderbird also take its two reminders (the day before and on the day); Google Calendar takes only the date, so set a reminder there yourself.</source>
        <translation>Salvato come {path}. Aprilo con il tuo calendario, o importalo. Outlook, Calendario di Apple e Thunderbird prendono anche i suoi due promemoria (il giorno prima e il giorno stesso); Google Calendar prende solo la data, quindi lì imposta tu un promemoria.</translation>
    </message>
</context>
<context>
    <name>CaseChanges</name>
    <message>
        <source>case “{account}” marked as confirmed</source>
        <translation>pratica “{account}” segnata come confermata</translation>
    </message>
    <message>
        <source>case “{account}” marked as solved</source>
        <translation>pratica “{account}” segnata come risolta</translation>
    </message>
    <message>
        <source>case “{account}” abandoned</source>
        <translation>pratica “{account}” abbandonata</translation>
    </message>
    <message>
        <source>case “{account}” marked as refused by Amazon</source>
        <translation>pratica “{account}” segnata come rifiutata da Amazon</translation>
    </message>
    <message>
        <source>case “{account}” deleted</source>
        <translation>pratica “{account}” eliminata</translation>
    </message>
    <message>
        <source>deadline of “{account}” moved to {date}</source>
        <translation>scadenza di “{account}” spostata al {date}</translation>
    </message>
    <message>
        <source>notes of “{account}” changed</source>
        <translation>note di “{account}” modificate</translation>
    </message>
</context>
<context>
    <name>CaseTextDialog</name>
    <message>
        <source>Amazon refused</source>
        <translation>Amazon ha rifiutato</translation>
    </message>
    <message>
        <source>Amazon refused to close “{account}”. Copy here the reasons its message gives: the case is then marked as refused, and you can try again.</source>
        <translation>Amazon ha rifiutato di chiudere “{account}”. Copia qui i motivi indicati nel suo messaggio: la pratica viene poi segnata come rifiutata e potrai riprovare.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Your notes on “{account}” (never a password):</source>
        <translation>Le tue note su “{account}” (mai una password):</translation>
    </message>
</context>
<context>
    <name>CaseTexts</name>
    <message>
        <source>Request not sent yet</source>
        <translation>Richiesta non ancora inviata</translation>
    </message>
    <message>
        <source>Waiting for your confirmation</source>
        <translation>In attesa della tua conferma</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confermata</translation>
    </message>
    <message>
        <source>Deadline passed</source>
        <translation>Scadenza passata</translation>
    </message>
    <message>
        <source>Refused by Amazon</source>
        <translation>Rifiutata da Amazon</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Abbandonata</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In corso</translation>
    </message>
    <message>
        <source>Waiting for Amazon&apos;s e-mail</source>
        <translation>In attesa dell&apos;e-mail di Amazon</translation>
    </message>
    <message>
        <source>Solved</source>
        <translation>Risolta</translation>
    </message>
    <message>
        <source>Started on {date}, request not sent yet.</source>
        <translation>Iniziato il {date}, richiesta non ancora inviata.</translation>
    </message>
    <message>
        <source>Waiting for your confirmation since {date}.</source>
        <translation>In attesa della tua conferma dal {date}.</translation>
    </message>
    <message>
        <source>Confirmed on {date}.</source>
        <translation>Confermato il {date}.</translation>
    </message>
    <message>
        <source>On {date} the deadline passed without being marked as confirmed.</source>
        <translation>Il {date} la scadenza è passata senza che fosse segnato come confermato.</translation>
    </message>
    <message>
        <source>Refused by Amazon on {date}.</source>
        <translation>Rifiutato da Amazon il {date}.</translation>
    </message>
    <message>
        <source>Abandoned on {date}.</source>
        <translation>Abbandonato il {date}.</translation>
    </message>
    <message>
        <source>Opened on {date}.</source>
        <translation>Aperto il {date}.</translation>
    </message>
    <message>
        <source>Waiting for Amazon&apos;s e-mail since {date}.</source>
        <translation>In attesa dell&apos;e-mail di Amazon dal {date}.</translation>
    </message>
    <message>
        <source>Solved on {date}.</source>
        <translation>Risolto il {date}.</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation>Nessuna scadenza</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>scaduta</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n giorno rimasto</numerusform>
            <numerusform>%n giorni rimasti</numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation>scade oggi</translation>
    </message>
</context>
<context>
    <name>CasesModel</name>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Che cosa</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>Prossima scadenza</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Tempo rimasto</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>Aperta il</translation>
    </message>
    <message>
        <source>{account}, {what}, {state}, {left}</source>
        <translation>{account}, {what}, {state}, {left}</translation>
    </message>
    <message>
        <source>{account}, {what}, {state}</source>
        <translation>{account}, {what}, {state}</translation>
    </message>
    <message>
        <source>Next deadline: {deadline}. Opened on {opened}.</source>
        <translation>Prossima scadenza: {deadline}. Aperta {opened}.</translation>
    </message>
    <message>
        <source>Opened on {opened}.</source>
        <translation>Aperta {opened}.</translation>
    </message>
    <message>
        <source>{label} ({store})</source>
        <translation>{label} ({store})</translation>
    </message>
</context>
<context>
    <name>Checker</name>
    <message>
        <source>The link leads, over a secure connection, to an Amazon address.</source>
        <translation>Il link porta, con una connessione sicura, a un indirizzo di Amazon.</translation>
    </message>
    <message>
        <source>The address it comes from belongs to Amazon.</source>
        <translation>L&apos;indirizzo da cui arriva appartiene ad Amazon.</translation>
    </message>
    <message>
        <source>This cannot be read as a link.</source>
        <translation>Questo testo non si può leggere come un link.</translation>
    </message>
    <message>
        <source>It leads to a numeric address instead of a name: Amazon never does that.</source>
        <translation>Porta a un indirizzo fatto di numeri invece che a un nome: Amazon non lo fa mai.</translation>
    </message>
    <message>
        <source>It hides the real destination behind an “@”: the page is not the one the link seems to name.</source>
        <translation>Nasconde la vera destinazione dietro una «@»: la pagina non è quella che il link sembra indicare.</translation>
    </message>
    <message>
        <source>It imitates an Amazon address with a similar-looking name, but it is someone else&apos;s site.</source>
        <translation>Imita un indirizzo di Amazon con un nome simile, ma è il sito di qualcun altro.</translation>
    </message>
    <message>
        <source>It leads to a site that is not Amazon.</source>
        <translation>Porta a un sito che non è Amazon.</translation>
    </message>
    <message>
        <source>It can be read in more than one way, and not every reading leads to Amazon.</source>
        <translation>Si può leggere in più di un modo, e non tutti portano ad Amazon.</translation>
    </message>
    <message>
        <source>Paste a link, an e-mail sender or a text message&apos;s sender first.</source>
        <translation>Prima incolla un link, il mittente di un&apos;e-mail o quello di un SMS.</translation>
    </message>
    <message>
        <source>It names an Amazon address, {host}, but it begins with http:// instead of https://, so the connection to the page would not be protected.</source>
        <translation>Indica un indirizzo di Amazon, {host}, ma comincia con http:// invece che con https://, quindi il collegamento alla pagina non sarebbe protetto.</translation>
    </message>
    <message>
        <source>{host} is the address of Amazon&apos;s short links, which Amazon offers to the partners who advertise its products. A short link hides the page it leads to, so I cannot tell which page would open.</source>
        <translation>{host} è l&apos;indirizzo dei link brevi di Amazon, che Amazon offre a chi pubblicizza i suoi prodotti. Un link breve nasconde la pagina a cui porta, quindi non posso sapere quale pagina si aprirebbe.</translation>
    </message>
    <message>
        <source>{host} is where Amazon keeps images and documents, such as product pictures and guides for sellers: it is not a page of the store.</source>
        <translation>{host} è dove Amazon tiene immagini e documenti, come le foto dei prodotti e le guide per i venditori: non è una pagina del negozio.</translation>
    </message>
    <message>
        <source>If this is the name or the number a text message came from: a text message can show any name or number as its sender, Amazon&apos;s too, so it cannot tell you who sent it.</source>
        <translation>Se è il nome o il numero da cui è arrivato un SMS: un SMS può mostrare come mittente qualsiasi nome o numero, anche quello di Amazon, quindi non ti dice chi l&apos;ha mandato davvero.</translation>
    </message>
    <message>
        <source>It is longer than any one link or e-mail sender, so it was not checked.</source>
        <translation>È più lungo di qualsiasi link o mittente di un&apos;e-mail, quindi non è stato controllato.</translation>
    </message>
    <message>
        <source>In place of “{letter}” there is “{found}”, a letter of the Cyrillic alphabet.</source>
        <translation>Al posto di «{letter}» c&apos;è «{found}», una lettera dell&apos;alfabeto cirillico.</translation>
    </message>
    <message>
        <source>In place of “{letter}” there is “{found}”, a letter of the Greek alphabet.</source>
        <translation>Al posto di «{letter}» c&apos;è «{found}», una lettera dell&apos;alfabeto greco.</translation>
    </message>
    <message>
        <source>In place of “{letter}” there is “{found}”, a letter of the Armenian alphabet.</source>
        <translation>Al posto di «{letter}» c&apos;è «{found}», una lettera dell&apos;alfabeto armeno.</translation>
    </message>
    <message>
        <source>In place of “{letter}” there is “{found}”, a wide letter of the kind written with Chinese or Japanese.</source>
        <translation>Al posto di «{letter}» c&apos;è «{found}», una lettera larga, di quelle che si usano scrivendo in cinese o in giapponese.</translation>
    </message>
    <message>
        <source>In place of “{letter}” there is “{found}”, a decorative letter.</source>
        <translation>Al posto di «{letter}» c&apos;è «{found}», una lettera decorativa.</translation>
    </message>
    <message>
        <source>In place of “{letter}” there is “{found}”, a letter with an accent or another mark.</source>
        <translation>Al posto di «{letter}» c&apos;è «{found}», una lettera con un accento o un altro segno.</translation>
    </message>
    <message>
        <source>In place of “{letter}” there is “{found}”, a special letter that looks like it.</source>
        <translation>Al posto di «{letter}» c&apos;è «{found}», una lettera speciale che le somiglia.</translation>
    </message>
    <message>
        <source>In place of the letter “{letter}” there is “{found}”, a digit.</source>
        <translation>Al posto della lettera «{letter}» c&apos;è «{found}», che è un numero e non una lettera.</translation>
    </message>
    <message>
        <source>In place of “{letter}” there are two letters, “{found}”, that look like it side by side.</source>
        <translation>Al posto di «{letter}» ci sono due lettere, «{found}», che una accanto all&apos;altra le somigliano.</translation>
    </message>
    <message>
        <source>In place of “{letter}” there is “{found}”.</source>
        <translation>Al posto di «{letter}» c&apos;è «{found}».</translation>
    </message>
    <message>
        <source>The address it comes from is not Amazon&apos;s.</source>
        <translation>L&apos;indirizzo da cui arriva non è di Amazon.</translation>
    </message>
    <message>
        <source>It is not a secure (https) web address: open Amazon&apos;s pages only over https.</source>
        <translation>Non è un indirizzo web sicuro (https): apri le pagine di Amazon solo in https.</translation>
    </message>
    <message>
        <source>The sender imitates an Amazon address, but it is not Amazon&apos;s.</source>
        <translation>Il mittente imita un indirizzo di Amazon, ma non è di Amazon.</translation>
    </message>
    <message>
        <source>This cannot be read as one e-mail address.</source>
        <translation>Questo testo non si può leggere come un unico indirizzo e-mail.</translation>
    </message>
    <message>
        <source>The name shown says Amazon, but the real address behind it is not Amazon&apos;s.</source>
        <translation>Il nome mostrato dice Amazon, ma l&apos;indirizzo vero che c&apos;è dietro non è di Amazon.</translation>
    </message>
</context>
<context>
    <name>CheckerDialog</name>
    <message>
        <source>Is this really Amazon?</source>
        <translation>È davvero Amazon?</translation>
    </message>
    <message>
        <source>Paste a link from a message, the sender of an e-mail (for example Amazon &lt;conferma@amazon.it&gt;), or the name or number a text message came from. Nothing is opened or sent: I only read it.</source>
        <translation>Incolla un link preso da un messaggio, il mittente di un&apos;e-mail (per esempio Amazon &lt;conferma@amazon.it&gt;) oppure il nome o il numero da cui è arrivato un SMS. Non apro e non invio niente: lo leggo soltanto.</translation>
    </message>
    <message>
        <source>A link, an e-mail sender, or the sender of a text message</source>
        <translation>Un link, il mittente di un&apos;e-mail o quello di un SMS</translation>
    </message>
    <message>
        <source>Opens Amazon&apos;s help page in your browser: {store}</source>
        <translation>Apre la pagina di aiuto di Amazon nel tuo browser: {store}</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Controlla</translation>
    </message>
    <message>
        <source>What to check</source>
        <translation>Che cosa controllare</translation>
    </message>
    <message>
        <source>Amazon&apos;s &amp;advice on fake messages</source>
        <translation>I consigli di Amazon sui messaggi &amp;falsi</translation>
    </message>
    <message>
        <source>&amp;Report a scam to Amazon</source>
        <translation>&amp;Segnala una truffa ad Amazon</translation>
    </message>
    <message>
        <source>What you pasted was longer than this field can hold ({limit} characters): the rest was cut off, so it cannot be checked in full. Paste only the link or the sender.</source>
        <translation>Il testo che hai incollato era più lungo di quanto può contenere questo campo ({limit} caratteri): il resto è stato tagliato, quindi non si può controllare per intero. Incolla solo il link o il mittente.</translation>
    </message>
    <message>
        <source>This is Amazon.</source>
        <translation>È Amazon.</translation>
    </message>
    <message>
        <source>This is Amazon&apos;s address, but the link is not secure.</source>
        <translation>È un indirizzo di Amazon, ma il link non è sicuro.</translation>
    </message>
    <message>
        <source>This is an Amazon short link: it does not show where it leads.</source>
        <translation>È un link breve di Amazon: non mostra dove porta.</translation>
    </message>
    <message>
        <source>This is Amazon&apos;s address for images and documents, not a store page.</source>
        <translation>È l&apos;indirizzo di Amazon per immagini e documenti, non una pagina del negozio.</translation>
    </message>
    <message>
        <source>The sender of a text message proves nothing.</source>
        <translation>Il mittente di un SMS non dimostra niente.</translation>
    </message>
    <message>
        <source>Too long to check: treat it as not Amazon.</source>
        <translation>Troppo lungo da controllare: trattalo come se non fosse Amazon.</translation>
    </message>
    <message>
        <source>I cannot tell: treat it as not Amazon.</source>
        <translation>Non posso dirlo con certezza: trattalo come se non fosse Amazon.</translation>
    </message>
    <message>
        <source>This is not Amazon.</source>
        <translation>Non è Amazon.</translation>
    </message>
    <message>
        <source>The link really leads to {host}.</source>
        <translation>In realtà il link porta a {host}.</translation>
    </message>
    <message>
        <source>Read one way, it leads to {host}.</source>
        <translation>Letto in uno dei modi possibili, porta a {host}.</translation>
    </message>
    <message>
        <source>The address it comes from is at {host}.</source>
        <translation>L&apos;indirizzo da cui arriva appartiene a {host}.</translation>
    </message>
    <message>
        <source>Look closely: it only looks like Amazon&apos;s name.</source>
        <translation>Guarda bene: somiglia soltanto al nome di Amazon.</translation>
    </message>
    <message>
        <source>Amazon never asks for your password by e-mail.</source>
        <translation>Amazon non ti chiede mai la password per e-mail.</translation>
    </message>
    <message>
        <source>The sender of an e-mail can be forged. Check the links in the message here too, and look for the message in the Message Centre of your account.</source>
        <translation>Il mittente di un&apos;e-mail si può falsificare. Controlla qui anche i link del messaggio e cerca il messaggio nel Centro messaggi del tuo account.</translation>
    </message>
    <message>
        <source>Even so, never type your password after following a link: open the store yourself when you can.</source>
        <translation>Anche così, non scrivere mai la password dopo aver seguito un link: quando puoi, apri tu stesso il negozio.</translation>
    </message>
    <message>
        <source>If you think it is a scam, report it to Amazon on the “Report a scam” page of your store ({page}), or forward the message to {address}. Then delete it.</source>
        <translation>Se pensi che sia una truffa, segnalala ad Amazon nella pagina del tuo negozio per segnalare le truffe ({page}) oppure inoltra il messaggio a {address}. Poi cancellalo.</translation>
    </message>
    <message>
        <source>Open the Amazon app, or type the address of your store ({home}) in your browser yourself, and look at your orders and at the Message Centre of your account: genuine messages are there too.</source>
        <translation>Apri l&apos;app di Amazon, oppure scrivi tu l&apos;indirizzo del tuo negozio ({home}) nel browser, e guarda i tuoi ordini e il Centro messaggi del tuo account: i messaggi veri sono anche lì.</translation>
    </message>
    <message>
        <source>Do not press the link. If you want that page, type its address in your browser yourself, with https:// in front: {address}</source>
        <translation>Non premere il link. Se ti serve quella pagina, scrivi tu il suo indirizzo nel browser, con https:// davanti: {address}</translation>
    </message>
    <message>
        <source>Do not press the link, and never type a password or payment details on a page reached from a message.</source>
        <translation>Non premere il link, e non scrivere mai una password o i dati di pagamento in una pagina aperta da un messaggio.</translation>
    </message>
    <message>
        <source>Do not press the links in the text message and do not call the numbers it gives. You can check a link from it here: paste the link instead.</source>
        <translation>Non premere i link dell&apos;SMS e non chiamare i numeri che indica. Puoi controllare qui un link dell&apos;SMS: incolla il link al posto del mittente.</translation>
    </message>
    <message>
        <source>Paste only the link, or only the sender, not the whole message.</source>
        <translation>Incolla solo il link, oppure solo il mittente, non tutto il messaggio.</translation>
    </message>
    <message>
        <source>Do not press the link and do not answer the message.</source>
        <translation>Non premere il link e non rispondere al messaggio.</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Che cosa fare:</translation>
    </message>
</context>
<context>
    <name>ChecklistPage</name>
    <message>
        <source>Name of the &amp;account:</source>
        <translation>&amp;Nome dell&apos;account:</translation>
    </message>
    <message>
        <source>Optional, for your list of cases: for example “Personal”</source>
        <translation>Facoltativo, per il tuo elenco di pratiche: per esempio “Personale”</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <source>Optional: what happened, in your own words. Never write a password here.</source>
        <translation>Facoltativo: che cosa è successo, con parole tue. Non scrivere mai qui una password.</translation>
    </message>
</context>
<context>
    <name>Closing</name>
    <message>
        <source>Any gift card balance left on the account is lost when it closes.</source>
        <translation>Il saldo dei buoni regalo rimasto sull&apos;account va perso quando l&apos;account viene chiuso.</translation>
    </message>
    <message>
        <source>Prime and the other subscriptions end with the account. Check what you still pay for, and cancel what you no longer want before closing.</source>
        <translation>Prime e gli altri abbonamenti finiscono insieme all&apos;account. Controlla che cosa stai ancora pagando e, prima di chiudere, annulla quello che non vuoi più.</translation>
    </message>
    <message>
        <source>Kindle books, Audible, Prime Video purchases and the photos in Amazon Photos go with the account. Download what you want to keep.</source>
        <translation>I libri Kindle, gli acquisti su Audible e Prime Video e le foto di Amazon Photos se ne vanno con l&apos;account. Scarica quello che vuoi tenere.</translation>
    </message>
    <message>
        <source>An AWS account, a seller account, Associates and Amazon Pay that use the same e-mail and password are closed too, with everything in them.</source>
        <translation>Se usi la stessa e-mail e la stessa password anche per un account AWS, un account venditore, il Programma di affiliazione o Amazon Pay, vengono chiusi anche questi, con tutto quello che contengono.</translation>
    </message>
    <message>
        <source>Wait until every order has arrived and every return and refund is finished: after closing you cannot follow them any more.</source>
        <translation>Aspetta che ogni ordine sia arrivato e che ogni reso e rimborso sia concluso: dopo la chiusura non potrai più seguirli.</translation>
    </message>
    <message>
        <source>Closing deletes your order history, invoices and everything else. Ask Amazon for a copy of your data first, and wait until you have it. To find the request page yourself, search for “request your data” in the Help section of {store}.</source>
        <translation>La chiusura cancella la cronologia degli ordini, le fatture e tutto il resto. Prima chiedi ad Amazon una copia dei tuoi dati e aspetta di averla ricevuta. La pagina per richiederla si trova anche cercando “richiedere i miei dati” nella sezione Aiuto di {store}.</translation>
    </message>
    <message>
        <source>They all disappear. If what bothers you is only an old card or address, or some e-mails, you can update or remove them and keep the account. To find the help page yourself, search for its title in the Help section of {store}.</source>
        <translation>Spariscono tutti. Se ti dà fastidio solo una vecchia carta o un vecchio indirizzo, o qualche e-mail, puoi aggiornarli o eliminarli e tenere l&apos;account. La pagina di aiuto si trova anche cercandone il titolo nella sezione Aiuto di {store}.</translation>
    </message>
    <message>
        <source>Amazon does not close an account with orders still to be shipped.</source>
        <translation>Amazon non chiude un account che ha ancora ordini da spedire.</translation>
    </message>
    <message>
        <source>Buyers can open an A-to-z Guarantee claim for 90 days after a sale: wait until that time is over and make sure no claim is open.</source>
        <translation>Gli acquirenti possono aprire un reclamo di Garanzia dalla A alla Z fino a 90 giorni dopo una vendita: aspetta che sia passato questo tempo e controlla che non ci siano reclami aperti.</translation>
    </message>
    <message>
        <source>Wait for the next disbursement, or the next charge, so that nothing is owed either way.</source>
        <translation>Aspetta il prossimo pagamento da parte di Amazon, o il prossimo addebito, così che né tu né Amazon dobbiate più niente.</translation>
    </message>
    <message>
        <source>Answer every buyer message and finish every refund.</source>
        <translation>Rispondi a tutti i messaggi degli acquirenti e completa tutti i rimborsi.</translation>
    </message>
    <message>
        <source>Amazon needs a valid bank account to send you your last payment.</source>
        <translation>Ad Amazon serve un conto bancario valido per mandarti l&apos;ultimo pagamento.</translation>
    </message>
    <message>
        <source>Read them in Seller Central: an issue left open can stop the closure.</source>
        <translation>Leggile in Seller Central: un problema rimasto aperto può bloccare la chiusura.</translation>
    </message>
    <message>
        <source>If you use Fulfilment by Amazon, have your stock sent back to you or disposed of first.</source>
        <translation>Se usi Logistica di Amazon (FBA), prima fatti rispedire la merce o falla smaltire.</translation>
    </message>
    <message>
        <source>Once the account is closed you cannot open Seller Central any more: download the reports, invoices and tax documents you must keep.</source>
        <translation>Una volta chiuso l&apos;account, non puoi più entrare in Seller Central: scarica i report, le fatture e i documenti fiscali che devi conservare.</translation>
    </message>
    <message>
        <source>Perhaps you do not need to close it: if you only want to remove an old card or address, or stop some e-mails, you can change them in your account and keep it.</source>
        <translation>Forse non serve chiuderlo: se vuoi solo eliminare una vecchia carta o un vecchio indirizzo, o non ricevere più alcune e-mail, puoi cambiare queste cose nel tuo account e tenerlo.</translation>
    </message>
    <message>
        <source>Only taking a break? Holiday settings make your listings inactive without closing anything. You can also switch to the Individual selling plan.</source>
        <translation>Vuoi solo fare una pausa? Con le impostazioni Modalità vacanza le tue offerte diventano inattive, senza chiudere niente. Puoi anche passare al piano di vendita Individuale.</translation>
    </message>
    <message>
        <source>Open Amazon&apos;s closure page with the button below and sign in to the account “{label}”, and only that one. If the button does not lead there, search for “close account” in the Help section of {store}: the page is called “Close your Amazon account”.</source>
        <translation>Apri la pagina di chiusura di Amazon con il pulsante qui sotto e accedi all&apos;account “{label}”, e solo a quello. Se il pulsante non ti porta lì, cerca “chiudere account” nella sezione Aiuto di {store}: è la pagina per chiudere il tuo account Amazon.</translation>
    </message>
    <message>
        <source>Amazon usually refuses while one of these is not done yet:</source>
        <translation>Di solito Amazon rifiuta finché una di queste cose non è stata fatta:</translation>
    </message>
    <message>
        <source>When they are fixed, select the case in your list and press “Try again”: I take you back to the checklist, with your answers kept.</source>
        <translation>Quando avrai sistemato tutto, seleziona la pratica nel tuo elenco e premi “Riprova”: ti riporto alla lista dei controlli, con le risposte che avevi già dato.</translation>
    </message>
    <message>
        <source>your order history and invoices;</source>
        <translation>la cronologia degli ordini e le fatture;</translation>
    </message>
    <message>
        <source>&amp;Download your data</source>
        <translation>Scarica i tuoi &amp;dati</translation>
    </message>
    <message>
        <source>Request &amp;my data</source>
        <translation>&amp;Richiedi i miei dati</translation>
    </message>
    <message>
        <source>Spend or note your &amp;gift card balance</source>
        <translation>&amp;Usa o annota il saldo dei buoni regalo</translation>
    </message>
    <message>
        <source>&amp;Prime and other subscriptions</source>
        <translation>Prime e gli altri a&amp;bbonamenti</translation>
    </message>
    <message>
        <source>Digital &amp;content: download it first</source>
        <translation>&amp;Contenuti digitali: scaricali prima</translation>
    </message>
    <message>
        <source>&amp;Other Amazon services that use the same login</source>
        <translation>Al&amp;tri servizi Amazon con gli stessi dati di accesso</translation>
    </message>
    <message>
        <source>Open orders, &amp;returns and refunds</source>
        <translation>&amp;Ordini, resi e rimborsi in corso</translation>
    </message>
    <message>
        <source>&amp;Saved cards, addresses, alerts and wish lists</source>
        <translation>Carte salvate, &amp;indirizzi, avvisi e liste desideri</translation>
    </message>
    <message>
        <source>&amp;What happens when I close my account?</source>
        <translation>C&amp;he cosa succede se chiudo il mio account?</translation>
    </message>
    <message>
        <source>Every &amp;order fulfilled</source>
        <translation>&amp;Tutti gli ordini evasi</translation>
    </message>
    <message>
        <source>90 days since your last &amp;sale, and no open A-to-z claim</source>
        <translation>90 &amp;giorni dall&apos;ultima vendita, e nessun reclamo di Garanzia dalla A alla Z aperto</translation>
    </message>
    <message>
        <source>Balance at &amp;zero</source>
        <translation>Saldo a &amp;zero</translation>
    </message>
    <message>
        <source>&amp;Refunds and buyer messages settled</source>
        <translation>&amp;Rimborsi e messaggi degli acquirenti sistemati</translation>
    </message>
    <message>
        <source>&amp;Valid bank details</source>
        <translation>&amp;Coordinate bancarie valide</translation>
    </message>
    <message>
        <source>&amp;Performance notifications read</source>
        <translation>&amp;Notifiche sulle prestazioni lette</translation>
    </message>
    <message>
        <source>FBA inven&amp;tory removed or disposed of</source>
        <translation>&amp;Inventario di Logistica di Amazon (FBA) rimosso o smaltito</translation>
    </message>
    <message>
        <source>Reports and invoices &amp;downloaded</source>
        <translation>Rep&amp;ort e fatture scaricati</translation>
    </message>
    <message>
        <source>your reviews, returns and refunds;</source>
        <translation>le tue recensioni, i resi e i rimborsi;</translation>
    </message>
    <message>
        <source>any gift card balance;</source>
        <translation>l&apos;eventuale saldo dei buoni regalo;</translation>
    </message>
    <message>
        <source>Kindle, Audible, Prime Video purchases and Amazon Photos;</source>
        <translation>gli acquisti su Kindle, Audible e Prime Video, e Amazon Photos;</translation>
    </message>
    <message>
        <source>Prime and every subscription;</source>
        <translation>Prime e tutti gli abbonamenti;</translation>
    </message>
    <message>
        <source>AWS, seller, Associates and Amazon Pay accounts on the same login.</source>
        <translation>gli account AWS, venditore, del Programma di affiliazione e Amazon Pay con gli stessi dati di accesso.</translation>
    </message>
    <message>
        <source>your listings and your selling history;</source>
        <translation>le tue offerte e la cronologia delle vendite;</translation>
    </message>
    <message>
        <source>access to Seller Central, its reports and invoices;</source>
        <translation>l&apos;accesso a Seller Central, ai suoi report e alle fatture;</translation>
    </message>
    <message>
        <source>the account itself: a closed seller account cannot be reopened.</source>
        <translation>l&apos;account stesso: un account venditore chiuso non si può riaprire.</translation>
    </message>
    <message>
        <source>Look at the list of services you would lose.</source>
        <translation>Guarda l&apos;elenco dei servizi che perderesti.</translation>
    </message>
    <message>
        <source>Choose a reason for closing.</source>
        <translation>Scegli un motivo per la chiusura.</translation>
    </message>
    <message>
        <source>Tick “Yes, I want to permanently close my Amazon account and delete my data”.</source>
        <translation>Spunta “Sì, voglio chiudere definitivamente il mio account Amazon ed eliminare i miei dati”.</translation>
    </message>
    <message>
        <source>Press “Close my account”.</source>
        <translation>Premi “Chiudi il mio account”.</translation>
    </message>
    <message>
        <source>Sign in to Seller Central with the account “{label}”.</source>
        <translation>Accedi a Seller Central con l&apos;account “{label}”.</translation>
    </message>
    <message>
        <source>Open Settings, then Account Info.</source>
        <translation>Apri “Impostazioni”, poi “Informazioni sull&apos;account”.</translation>
    </message>
    <message>
        <source>At the side of the page, under Account Management, choose Close account.</source>
        <translation>Sul lato della pagina, sotto “Gestione account”, scegli “Chiudi account”.</translation>
    </message>
    <message>
        <source>Fill in all the required fields.</source>
        <translation>Compila tutti i campi obbligatori.</translation>
    </message>
    <message>
        <source>Press Send.</source>
        <translation>Premi “Invia”.</translation>
    </message>
</context>
<context>
    <name>ClosureAccountPage</name>
    <message>
        <source>Which seller account do you want to close?</source>
        <translation>Quale account venditore vuoi chiudere?</translation>
    </message>
    <message>
        <source>Seller accounts close one at a time, and each region (Europe, North America, Japan, Australia) is a separate account.</source>
        <translation>Gli account venditore si chiudono uno alla volta, e ogni regione (Europa, Nord America, Giappone, Australia) è un account a sé.</translation>
    </message>
    <message>
        <source>Which account do you want to close?</source>
        <translation>Quale account vuoi chiudere?</translation>
    </message>
    <message>
        <source>Accounts close one at a time: if you have several, we do this one first and I offer you the next one at the end.</source>
        <translation>Gli account si chiudono uno alla volta: se ne hai più di uno, cominciamo da questo e alla fine ti propongo il successivo.</translation>
    </message>
    <message>
        <source>Closing is worldwide: the account is closed on every Amazon store, not only on {store}.</source>
        <translation>La chiusura vale in tutto il mondo: l&apos;account viene chiuso su tutti i negozi Amazon, non solo su {store}.</translation>
    </message>
    <message>
        <source>Give it a name you will recognise in your list of cases.</source>
        <translation>Dagli un nome che riconoscerai nel tuo elenco di pratiche.</translation>
    </message>
    <message>
        <source>Name of the &amp;account:</source>
        <translation>&amp;Nome dell&apos;account:</translation>
    </message>
    <message>
        <source>It is a European &amp;Unified Account (one account for all EU stores)</source>
        <translation>È un Account &amp;Unificato Europeo (un solo account per tutti i negozi dell&apos;UE)</translation>
    </message>
    <message>
        <source>For example “Personal” or “Mum’s account”</source>
        <translation>Per esempio “Personale” o “Account della mamma”</translation>
    </message>
    <message>
        <source>Seller Central region</source>
        <translation>Regione di Seller Central</translation>
    </message>
    <message>
        <source>Europe</source>
        <translation>Europa</translation>
    </message>
    <message>
        <source>North America</source>
        <translation>Nord America</translation>
    </message>
    <message>
        <source>Japan</source>
        <translation>Giappone</translation>
    </message>
    <message>
        <source>Australia</source>
        <translation>Australia</translation>
    </message>
    <message>
        <source>Another region</source>
        <translation>Un&apos;altra regione</translation>
    </message>
    <message>
        <source>With a European Unified Account, closing one European store closes all of them.</source>
        <translation>Con un Account Unificato Europeo, se chiudi un negozio europeo li chiudi tutti.</translation>
    </message>
</context>
<context>
    <name>ClosureChecklist</name>
    <message numerus="yes">
        <source>%n point(s) are not ticked.</source>
        <translation>
            <numerusform>Un punto non è spuntato.</numerusform>
            <numerusform>%n punti non sono spuntati.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClosureChecklistPage</name>
    <message>
        <source>Before you close: what Amazon checks</source>
        <translation>Prima di chiudere: che cosa controlla Amazon</translation>
    </message>
    <message>
        <source>Amazon refuses to close an account until all of these are done.</source>
        <translation>Amazon non chiude l&apos;account finché non hai fatto tutte queste cose.</translation>
    </message>
    <message>
        <source>Before you close: save what matters</source>
        <translation>Prima di chiudere: metti al sicuro quello che ti serve</translation>
    </message>
    <message>
        <source>Tick each point once you have dealt with it. Nothing here is sent.</source>
        <translation>Spunta ogni punto quando l&apos;hai sistemato. Da qui non viene inviato niente.</translation>
    </message>
    <message>
        <source>Amazon will probably refuse to close the account until everything is done. Go on anyway?</source>
        <translation>Probabilmente Amazon rifiuterà di chiudere l&apos;account finché non avrai sistemato tutto. Vuoi andare avanti comunque?</translation>
    </message>
    <message>
        <source>After closing, what you did not save is lost for good. Go on anyway?</source>
        <translation>Dopo la chiusura, quello che non hai salvato è perso per sempre. Vuoi andare avanti lo stesso?</translation>
    </message>
    <message>
        <source>Some points are not ticked</source>
        <translation>Alcuni punti non sono spuntati</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Your data file cannot be read ({path}): open Account Assistant to see why.</source>
        <translation>Non è possibile leggere il file dei tuoi dati ({path}): apri Assistente Account per sapere perché.</translation>
    </message>
    <message>
        <source>No deadline is waiting for confirmation, so there is nothing to put in a calendar: no file was written.</source>
        <translation>Nessuna scadenza è in attesa di conferma, quindi non c&apos;è niente da mettere in un calendario: non ho scritto nessun file.</translation>
    </message>
    <message>
        <source>The calendar file could not be written in {path}: {reason}.</source>
        <translation>Non è stato possibile scrivere il file del calendario in {path}: {reason}.</translation>
    </message>
    <message numerus="yes">
        <source>%n deadline(s) written to {path}.</source>
        <translation>
            <numerusform>%n scadenza scritta in {path}.</numerusform>
            <numerusform>%n scadenze scritte in {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Account Assistant</source>
        <translation>Apri Assistente Account</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Più tardi</translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <source>Confirm with the link Amazon sends</source>
        <translation>Conferma con il link che ti manda Amazon</translation>
    </message>
    <message>
        <source>The closure happens only when you confirm it, in time.</source>
        <translation>La chiusura avviene solo se la confermi, e in tempo.</translation>
    </message>
    <message>
        <source>Amazon now sends an e-mail or a text message with a link. Confirm it before the deadline: after that the request is void and everything starts again from the beginning.</source>
        <translation>Ora Amazon ti manda un&apos;e-mail o un SMS con un link. Conferma prima della scadenza: dopo, la richiesta non vale più e bisogna ricominciare tutto da capo.</translation>
    </message>
    <message>
        <source>Before you press the link, check that the message is genuine:</source>
        <translation>Prima di aprire il link, controlla che il messaggio sia davvero di Amazon:</translation>
    </message>
    <message>
        <source>the link must lead to an address that ends in .{store}, such as www.{store};</source>
        <translation>il link deve portare a un indirizzo che finisce con .{store}, come www.{store};</translation>
    </message>
    <message>
        <source>Amazon never asks for your password by e-mail or text message;</source>
        <translation>Amazon non ti chiede mai la password per e-mail o SMS;</translation>
    </message>
    <message>
        <source>the same message also appears in the Message Centre of the account.</source>
        <translation>lo stesso messaggio compare anche nel Centro messaggi dell&apos;account.</translation>
    </message>
    <message>
        <source>&amp;Confirm by:</source>
        <translation>&amp;Conferma entro:</translation>
    </message>
    <message>
        <source>Usually 5 days after the request: change the date if Amazon&apos;s message says otherwise.</source>
        <translation>Di solito sono 5 giorni dopo la richiesta: cambia la data se il messaggio di Amazon dice diversamente.</translation>
    </message>
    <message>
        <source>&amp;Remind me when I log in to this computer (recommended)</source>
        <translation>&amp;Ricordamelo quando accedo a questo computer (consigliato)</translation>
    </message>
    <message>
        <source>Then Account Assistant opens by itself when you log in, only on the days a reminder is due, even if you forgot to start it.</source>
        <translation>Così Assistente Account si apre da solo quando accedi, solo nei giorni in cui c&apos;è un promemoria, anche se ti sei dimenticato di avviarlo.</translation>
    </message>
    <message>
        <source>Add to ca&amp;lendar…</source>
        <translation>Aggiungi al ca&amp;lendario…</translation>
    </message>
    <message>
        <source>&amp;When I press Finish, start closing another account (one at a time)</source>
        <translation>&amp;Quando premo “Fine”, inizia a chiudere un altro account (uno alla volta)</translation>
    </message>
    <message>
        <source>I will remind you on {before} and on {day}: while Account Assistant is open, and when you log in to this computer.</source>
        <translation>Te lo ricorderò {before} e {day}: mentre Assistente Account è aperto, e quando accedi a questo computer.</translation>
    </message>
    <message>
        <source>I will remind you on {before} and on {day}, but only if Account Assistant is open then. Add the deadline to your calendar to be reminded anyway.</source>
        <translation>Te lo ricorderò {before} e {day}, ma solo se Assistente Account sarà aperto in quel momento. Aggiungi la scadenza al tuo calendario per avere comunque un promemoria.</translation>
    </message>
    <message>
        <source>Please check the date</source>
        <translation>Controlla la data</translation>
    </message>
</context>
<context>
    <name>CustomerSignIn</name>
    <message>
        <source>First, rule out a temporary problem</source>
        <translation>Prima di tutto, escludi un problema temporaneo</translation>
    </message>
    <message>
        <source>Sometimes Amazon&apos;s sign-in does not work for a while, for everybody.</source>
        <translation>A volte l&apos;accesso ad Amazon non funziona per un po&apos;, per tutti.</translation>
    </message>
    <message>
        <source>If the sign-in page shows an error for no clear reason, or does not load at all, the problem may be on Amazon&apos;s side and not with your account.</source>
        <translation>Se la pagina di accesso mostra un errore senza un motivo chiaro, o non si carica affatto, il problema potrebbe essere di Amazon e non del tuo account.</translation>
    </message>
    <message>
        <source>Wait a while.</source>
        <translation>Aspetta un po&apos;.</translation>
    </message>
    <message>
        <source>Open {store} yourself, with the button below or by typing the address: do not use a link from an e-mail or a text message.</source>
        <translation>Apri {store} tu stesso, con il pulsante qui sotto o scrivendo l&apos;indirizzo: non usare un link arrivato per e-mail o SMS.</translation>
    </message>
    <message>
        <source>Try to sign in again.</source>
        <translation>Prova di nuovo ad accedere.</translation>
    </message>
    <message>
        <source>Does signing in work now?</source>
        <translation>Adesso riesci ad accedere?</translation>
    </message>
    <message>
        <source>Yes, it works now</source>
        <translation>Sì, ora funziona</translation>
    </message>
    <message>
        <source>No, it still does not work</source>
        <translation>No, continua a non funzionare</translation>
    </message>
    <message>
        <source>Try Amazon&apos;s own sign-in help</source>
        <translation>Prova l&apos;aiuto di Amazon per l&apos;accesso</translation>
    </message>
    <message>
        <source>Most sign-in problems have a quick fix you can do yourself.</source>
        <translation>Quasi tutti i problemi di accesso si risolvono in fretta, da soli.</translation>
    </message>
    <message>
        <source>Amazon&apos;s help has a detailed page called “Why can&apos;t I sign in to my account?”: you find it by searching for “sign in” in the Help section of {store}. These are the most common causes:</source>
        <translation>L&apos;Aiuto di Amazon ha una pagina dettagliata, “Perché non riesco ad accedere al mio account?”: la trovi cercando “accedere” nella sezione Aiuto di {store}. Queste sono le cause più comuni:</translation>
    </message>
    <message>
        <source>A different e-mail address or mobile number from the one the account was opened with. Try the others you use.</source>
        <translation>Un indirizzo e-mail o un numero di cellulare diverso da quello con cui è stato aperto l&apos;account. Prova gli altri che usi.</translation>
    </message>
    <message>
        <source>A forgotten password: ask for a new one, and Amazon sends you a link to set it.</source>
        <translation>Una password dimenticata: chiedine una nuova e Amazon ti manda un link per impostarla.</translation>
    </message>
    <message>
        <source>A verification code that is refused: only the latest code you asked for works, and each code lasts about ten minutes.</source>
        <translation>Un codice di verifica rifiutato: funziona solo l&apos;ultimo codice che hai chiesto, e ogni codice vale circa dieci minuti.</translation>
    </message>
    <message>
        <source>A password copied and pasted with an extra space: type it by hand instead.</source>
        <translation>Una password copiata e incollata con uno spazio in più: scrivila invece a mano.</translation>
    </message>
    <message>
        <source>&amp;Open the contact page of {store}</source>
        <translation>Apri la pagina dei &amp;contatti di {store}</translation>
    </message>
    <message>
        <source>Did this solve the problem?</source>
        <translation>Il problema è risolto?</translation>
    </message>
    <message>
        <source>Yes, I can sign in now</source>
        <translation>Sì, ora riesco ad accedere</translation>
    </message>
    <message>
        <source>No, I still cannot sign in</source>
        <translation>No, non riesco ancora ad accedere</translation>
    </message>
    <message>
        <source>Before you contact Amazon</source>
        <translation>Prima di contattare Amazon</translation>
    </message>
    <message>
        <source>With these at hand, the conversation is short. Tick what you have.</source>
        <translation>Con queste informazioni a portata di mano, la conversazione è breve. Spunta quello che hai.</translation>
    </message>
    <message>
        <source>Amazon never asks for your password by e-mail. Do not tell it to anyone, not even on the phone or in a chat with customer service.</source>
        <translation>Amazon non ti chiede mai la password per e-mail. Non dirla a nessuno, nemmeno al telefono o in chat con il Servizio Clienti.</translation>
    </message>
    <message>
        <source>Open the contact page of {store} with the button below, and say that the problem is with your account or with signing in.</source>
        <translation>Apri la pagina dei contatti di {store} con il pulsante qui sotto e spiega che il problema riguarda l&apos;account o l&apos;accesso.</translation>
    </message>
    <message>
        <source>Choose one of the ways of getting in touch that the page offers, and describe the problem with the details you prepared.</source>
        <translation>Scegli uno dei modi di contatto che la pagina ti propone e descrivi il problema con le informazioni che hai preparato.</translation>
    </message>
    <message>
        <source>If Amazon has blocked the account, ask what you need to do to have it unblocked.</source>
        <translation>Se è stata Amazon a bloccare l&apos;account, chiedi che cosa devi fare per farlo sbloccare.</translation>
    </message>
    <message>
        <source>Contact Amazon customer service</source>
        <translation>Contatta il Servizio Clienti Amazon</translation>
    </message>
    <message>
        <source>&amp;Open {store}</source>
        <translation>Ap&amp;ri {store}</translation>
    </message>
    <message>
        <source>&amp;Reset my password</source>
        <translation>&amp;Reimposta la mia password</translation>
    </message>
    <message>
        <source>Help with &amp;verification codes</source>
        <translation>Aiuto sui &amp;codici di verifica</translation>
    </message>
    <message>
        <source>The &amp;e-mail address or mobile number of the account, and any others you may have used.</source>
        <translation>L&apos;&amp;indirizzo e-mail o il numero di cellulare dell&apos;account, e gli altri che potresti aver usato.</translation>
    </message>
    <message>
        <source>The name and the &amp;delivery address on the account.</source>
        <translation>Il nome e l&apos;indirizzo di &amp;consegna dell&apos;account.</translation>
    </message>
    <message>
        <source>The number or the date of a &amp;recent order, if you remember one.</source>
        <translation>Il numero o la &amp;data di un ordine recente, se te ne ricordi uno.</translation>
    </message>
    <message>
        <source>The exact words of the error &amp;message you see, or a screenshot of it.</source>
        <translation>Le parole esatte del &amp;messaggio di errore che vedi, o una sua schermata.</translation>
    </message>
    <message>
        <source>Amazon can see what stops you from signing in and tell you what to do.</source>
        <translation>Amazon può vedere che cosa ti impedisce di accedere e dirti che cosa fare.</translation>
    </message>
    <message>
        <source>Answers about your account also appear in the Message Centre of the account. Do not follow links in unexpected e-mails or text messages.</source>
        <translation>Le risposte sul tuo account compaiono anche nel Centro messaggi dell&apos;account. Non seguire i link di e-mail o SMS inattesi.</translation>
    </message>
    <message>
        <source>Good: you are back in</source>
        <translation>Bene: sei di nuovo dentro</translation>
    </message>
    <message>
        <source>A few habits keep it from happening again.</source>
        <translation>Qualche abitudine evita che succeda di nuovo.</translation>
    </message>
    <message>
        <source>Write down which e-mail address each of your Amazon accounts uses.</source>
        <translation>Annota quale indirizzo e-mail usa ciascuno dei tuoi account Amazon.</translation>
    </message>
    <message>
        <source>Keep two-step verification on, with a backup method you can always reach.</source>
        <translation>Tieni attiva la verifica in due passaggi, con un metodo di riserva che hai sempre a portata di mano.</translation>
    </message>
    <message>
        <source>Open Amazon by typing the address yourself, never from a link in a message.</source>
        <translation>Apri Amazon scrivendo tu l&apos;indirizzo, mai da un link in un messaggio.</translation>
    </message>
    <message>
        <source>Press Finish to close the assistant.</source>
        <translation>Premi “Fine” per chiudere l&apos;assistente.</translation>
    </message>
</context>
<context>
    <name>DateProblems</name>
    <message>
        <source>The day you sent the request cannot be in the future.</source>
        <translation>Il giorno in cui hai inviato la richiesta non può essere nel futuro.</translation>
    </message>
    <message>
        <source>The request was sent more than a year ago: it is surely void by now. Start a new request instead.</source>
        <translation>La richiesta è stata inviata più di un anno fa: ormai di sicuro non vale più. Fai invece una nuova richiesta.</translation>
    </message>
    <message>
        <source>The deadline cannot be before the day you sent the request.</source>
        <translation>La scadenza non può essere prima del giorno in cui hai inviato la richiesta.</translation>
    </message>
    <message>
        <source>The deadline is more than 60 days after the request: please check the date in Amazon&apos;s message.</source>
        <translation>La scadenza è più di 60 giorni dopo la richiesta: controlla la data nel messaggio di Amazon.</translation>
    </message>
</context>
<context>
    <name>DeadlineDialog</name>
    <message>
        <source>Change deadline</source>
        <translation>Cambia la scadenza</translation>
    </message>
    <message>
        <source>New deadline</source>
        <translation>Nuova scadenza</translation>
    </message>
    <message>
        <source>Confirm the closure of “{label}” by which day? Use the date written in Amazon&apos;s message.</source>
        <translation>Entro quale giorno devi confermare la chiusura di “{label}”? Usa la data scritta nel messaggio di Amazon.</translation>
    </message>
    <message>
        <source>Please check the date</source>
        <translation>Controlla la data</translation>
    </message>
    <message>
        <source>By which day should Amazon have answered about the identity document for “{label}”? Its e-mail usually comes within two days.</source>
        <translation>Entro quale giorno Amazon dovrebbe aver risposto sul documento d&apos;identità per “{label}”? Di solito la sua e-mail arriva entro due giorni.</translation>
    </message>
</context>
<context>
    <name>DeadlineTimeline</name>
    <message>
        <source>Deadline</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>Request sent on {sent}; today, {today}, is day {day} of {total}; confirm by {deadline}.</source>
        <translation>Richiesta inviata il {sent}; oggi, {today}, è il giorno {day} di {total}; conferma entro il {deadline}.</translation>
    </message>
    <message>
        <source>sent {date}</source>
        <translation>inviata il {date}</translation>
    </message>
    <message>
        <source>confirm by {date}</source>
        <translation>conferma entro il {date}</translation>
    </message>
    <message>
        <source>today</source>
        <translation>oggi</translation>
    </message>
</context>
<context>
    <name>EmailKnownPage</name>
    <message>
        <source>Hi&amp;de</source>
        <translation>Nascon&amp;di</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>Mos&amp;tra</translation>
    </message>
    <message>
        <source>{account}: {email}</source>
        <translation>{account}: {email}</translation>
    </message>
    <message>
        <source>Looking for the e-mails you saved…</source>
        <translation>Cerco le e-mail che hai salvato…</translation>
    </message>
    <message>
        <source>You have not saved the e-mail of any account yet.</source>
        <translation>Non hai ancora salvato l&apos;e-mail di nessun account.</translation>
    </message>
    <message>
        <source>Looking for the others…</source>
        <translation>Cerco le altre…</translation>
    </message>
    <message>
        <source>The e-mails you saved for your accounts:</source>
        <translation>Le e-mail che hai salvato per i tuoi account:</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Something went wrong inside Account Assistant. Everything you saved up to your last change is safe. Please close the app and open it again.</source>
        <translation>Qualcosa non ha funzionato dentro Assistente Account. Tutto quello che hai salvato fino all&apos;ultima modifica è al sicuro. Chiudi l&apos;app e riaprila, per favore.</translation>
    </message>
    <message>
        <source>Something went wrong inside Account Assistant. Everything you saved up to your last change is safe. The details were written to {log}; if it happens again, please send that file to the developers.</source>
        <translation>Qualcosa non ha funzionato dentro Assistente Account. Tutto quello che hai salvato fino all&apos;ultima modifica è al sicuro. I dettagli sono stati scritti in {log}; se succede di nuovo, per favore manda quel file agli sviluppatori.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Qualcosa non ha funzionato</translation>
    </message>
</context>
<context>
    <name>GuidancePage</name>
    <message>
        <source>The button above opens the address Amazon uses on other stores; {store} may use another one. If it does not lead to the right page:</source>
        <translation>Il pulsante qui sopra apre l&apos;indirizzo che Amazon usa negli altri negozi; {store} potrebbe usarne un altro. Se non porta alla pagina giusta:</translation>
    </message>
    <message>
        <source>The buttons above open the addresses Amazon uses on other stores; {store} may use other ones. If a button does not lead to the right page:</source>
        <translation>I pulsanti qui sopra aprono gli indirizzi che Amazon usa negli altri negozi; {store} potrebbe usarne altri. Se un pulsante non porta alla pagina giusta:</translation>
    </message>
</context>
<context>
    <name>HintPanel</name>
    <message>
        <source>name@example.com</source>
        <translation>nome@example.com</translation>
    </message>
    <message>
        <source>Looking for the e-mail saved for this account…</source>
        <translation>Cerco l&apos;e-mail salvata per questo account…</translation>
    </message>
    <message>
        <source>No e-mail saved for this account yet.</source>
        <translation>Non hai ancora salvato un&apos;e-mail per questo account.</translation>
    </message>
    <message>
        <source>Name the account to see or save its e-mail.</source>
        <translation>Scrivi il nome dell&apos;account per vederne o salvarne l&apos;e-mail.</translation>
    </message>
    <message>
        <source>&amp;E-mail of this account:</source>
        <translation>E-&amp;mail di questo account:</translation>
    </message>
    <message>
        <source>&amp;Remember</source>
        <translation>Memo&amp;rizza</translation>
    </message>
    <message>
        <source>F&amp;orget</source>
        <translation>&amp;Dimentica</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>R&amp;iprova</translation>
    </message>
    <message>
        <source>Saved e-mail: {email}</source>
        <translation>E-mail salvata: {email}</translation>
    </message>
    <message>
        <source>Hi&amp;de</source>
        <translation>Nas&amp;condi</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>Mos&amp;tra</translation>
    </message>
</context>
<context>
    <name>Hints</name>
    <message>
        <source>This system has no keyring (password store) the app can use.</source>
        <translation>Su questo computer non c&apos;è un portachiavi che l&apos;app possa usare.</translation>
    </message>
    <message>
        <source>The system&apos;s keyring is locked: unlock it and try again.</source>
        <translation>Il portachiavi del sistema è bloccato: sbloccalo e riprova.</translation>
    </message>
    <message>
        <source>The system&apos;s keyring refused access to the app.</source>
        <translation>Il portachiavi del sistema non ha dato l&apos;accesso all&apos;app.</translation>
    </message>
    <message>
        <source>The keyring service cannot be reached in this session.</source>
        <translation>In questa sessione il portachiavi non è raggiungibile.</translation>
    </message>
    <message>
        <source>The request to open the keyring was dismissed.</source>
        <translation>La richiesta di aprire il portachiavi è stata annullata.</translation>
    </message>
    <message>
        <source>The keyring settings (the PYTHON_KEYRING_BACKEND variable or the keyringrc.cfg file) name a keyring that cannot be used: correct or remove that setting.</source>
        <translation>Le impostazioni del portachiavi (la variabile PYTHON_KEYRING_BACKEND o il file keyringrc.cfg) indicano un portachiavi che non si può usare: correggi o togli quell&apos;impostazione.</translation>
    </message>
    <message>
        <source>The system&apos;s keyring did not answer.</source>
        <translation>Il portachiavi del sistema non ha risposto.</translation>
    </message>
    <message>
        <source>E-mail hints are off on this system. {reason} Everything else works as usual; nothing is ever saved outside the keyring.</source>
        <translation>Su questo computer non puoi salvare le e-mail dei tuoi account. {reason} Tutto il resto funziona come sempre; niente viene mai salvato fuori dal portachiavi.</translation>
    </message>
    <message>
        <source>This does not look like an e-mail address: please check it (for example name@example.com).</source>
        <translation>Questo non sembra un indirizzo e-mail: controllalo (per esempio nome@example.com).</translation>
    </message>
    <message>
        <source>Give the account a name first.</source>
        <translation>Prima dai un nome all&apos;account.</translation>
    </message>
</context>
<context>
    <name>HintsDialog</name>
    <message>
        <source>E-mails of your accounts</source>
        <translation>Le e-mail dei tuoi account</translation>
    </message>
    <message>
        <source>Remember which e-mail each Amazon account was opened with: it is kept in your system&apos;s keyring, never in a file, and never with a password.</source>
        <translation>Annota con quale e-mail è stato aperto ciascun account Amazon: viene conservata nel portachiavi del sistema, mai in un file e mai insieme a una password.</translation>
    </message>
    <message>
        <source>The name of the account, e.g. “Shop”</source>
        <translation>Il nome dell&apos;account, per esempio “Negozio”</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Account:</translation>
    </message>
</context>
<context>
    <name>IdResetPage</name>
    <message>
        <source>I have &amp;sent my identity document, on</source>
        <translation>Ho &amp;inviato il mio documento d&apos;identità, il giorno</translation>
    </message>
    <message>
        <source>Day you sent your identity document</source>
        <translation>Giorno in cui hai inviato il documento d&apos;identità</translation>
    </message>
    <message>
        <source>I add a case to your list and remind you to look for Amazon&apos;s e-mail {days} days later.</source>
        <translation>Aggiungo una pratica al tuo elenco e ti ricordo di cercare l&apos;e-mail di Amazon dopo {days} giorni.</translation>
    </message>
</context>
<context>
    <name>IrreversiblePage</name>
    <message>
        <source>Closing cannot be undone</source>
        <translation>La chiusura non si può annullare</translation>
    </message>
    <message>
        <source>A closed seller account cannot be reopened.</source>
        <translation>Un account venditore chiuso non si può riaprire.</translation>
    </message>
    <message>
        <source>If Amazon closes the account “{label}”, you lose:</source>
        <translation>Se Amazon chiude l&apos;account “{label}”, perdi:</translation>
    </message>
    <message>
        <source>Nobody can restore a closed account: not you, not Amazon.</source>
        <translation>Nessuno può ripristinare un account chiuso: né tu, né Amazon.</translation>
    </message>
    <message>
        <source>Closing “{label}” deletes it on every Amazon store. You lose:</source>
        <translation>Se chiudi “{label}”, viene cancellato su tutti i negozi Amazon. Perdi:</translation>
    </message>
    <message>
        <source>This is a European Unified Account: closing it closes your account on every European store.</source>
        <translation>Questo è un Account Unificato Europeo: se lo chiudi, il tuo account viene chiuso su tutti i negozi europei.</translation>
    </message>
    <message>
        <source>If you have decided, type the name of the account to confirm: &lt;b&gt;{label}&lt;/b&gt;</source>
        <translation>Se hai deciso, scrivi il nome dell&apos;account per confermare: &lt;b&gt;{label}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>I have &amp;decided</source>
        <translation>Ho &amp;deciso</translation>
    </message>
</context>
<context>
    <name>JobNames</name>
    <message>
        <source>Close a customer account</source>
        <translation>Chiudere un account cliente</translation>
    </message>
    <message>
        <source>Close a seller account (Seller Central)</source>
        <translation>Chiudere un account venditore (Seller Central)</translation>
    </message>
    <message>
        <source>I can&apos;t sign in to Seller Central</source>
        <translation>Non riesco ad accedere a Seller Central</translation>
    </message>
    <message>
        <source>My customer account is blocked, or I can&apos;t sign in</source>
        <translation>Il mio account cliente è bloccato, o non riesco ad accedere</translation>
    </message>
    <message>
        <source>Closing a customer account</source>
        <translation>Chiusura di un account cliente</translation>
    </message>
    <message>
        <source>Closing a seller account</source>
        <translation>Chiusura di un account venditore</translation>
    </message>
    <message>
        <source>Seller Central sign-in</source>
        <translation>Accesso a Seller Central</translation>
    </message>
    <message>
        <source>Customer account sign-in</source>
        <translation>Accesso all&apos;account cliente</translation>
    </message>
</context>
<context>
    <name>KeepCaseBox</name>
    <message>
        <source>Add this to my &amp;list of cases, with my notes, so I can follow it up</source>
        <translation>Aggiungi questa pratica al mio e&amp;lenco, con le mie note, per poterla seguire</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>The name is only spaces: type at least one letter or number.</source>
        <translation>Il nome è fatto solo di spazi: scrivi almeno una lettera o un numero.</translation>
    </message>
    <message>
        <source>The name contains a line break, a tab or another invisible character, probably pasted with it. Type the name again on one line.</source>
        <translation>Il nome contiene un a capo, una tabulazione o un altro carattere invisibile, probabilmente incollato insieme al testo. Scrivi di nuovo il nome su una sola riga.</translation>
    </message>
    <message>
        <source>The name contains invisible characters that change the direction of the text, which can make it look like something else. Type the name again.</source>
        <translation>Il nome contiene caratteri invisibili che cambiano la direzione del testo e possono farlo sembrare un&apos;altra cosa. Scrivi di nuovo il nome.</translation>
    </message>
    <message>
        <source>The name is too long: keep it within {count} characters.</source>
        <translation>Il nome è troppo lungo: non superare i {count} caratteri.</translation>
    </message>
</context>
<context>
    <name>LeaveQuestion</name>
    <message>
        <source>Keep it in your list?</source>
        <translation>Tenere questa pratica nel tuo elenco?</translation>
    </message>
    <message>
        <source>You have not sent the request to close “{account}” yet. Keep it in your list as a draft, so that you can carry on later?</source>
        <translation>Non hai ancora inviato la richiesta di chiusura di “{account}”. Vuoi tenere la pratica nel tuo elenco come bozza, per continuare più tardi?</translation>
    </message>
    <message>
        <source>&amp;Keep as a draft</source>
        <translation>&amp;Tienila come bozza</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t keep it</source>
        <translation>&amp;Non tenerla</translation>
    </message>
    <message>
        <source>&amp;Go back to the assistant</source>
        <translation>Torna all&apos;&amp;assistente</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>The page could not be opened</source>
        <translation>Non è stato possibile aprire la pagina</translation>
    </message>
    <message>
        <source>Your computer did not open this page in a browser. Copy its address and paste it into your browser&apos;s address bar:</source>
        <translation>Il computer non ha aperto questa pagina in un browser. Copia l&apos;indirizzo e incollalo nella barra degli indirizzi del browser:</translation>
    </message>
    <message>
        <source>Address of the page</source>
        <translation>Indirizzo della pagina</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copia</translation>
    </message>
    <message>
        <source>Copy the address</source>
        <translation>Copia l&apos;indirizzo</translation>
    </message>
    <message>
        <source>Or reach it by hand</source>
        <translation>Oppure arrivaci passo per passo</translation>
    </message>
    <message>
        <source>Address copied.</source>
        <translation>Indirizzo copiato.</translation>
    </message>
</context>
<context>
    <name>LinkDirections</name>
    <message>
        <source>To find the closure page yourself, open {home}, go to the Help section and search for “close account”; the page is called “Close your Amazon account”.</source>
        <translation>Puoi trovare la pagina di chiusura anche così: apri {home}, vai alla sezione Aiuto e cerca “chiudere account”; è la pagina per chiudere il tuo account Amazon.</translation>
    </message>
    <message>
        <source>To find this help page yourself, open {home}, go to the Help section and search for “What happens when I close my account”.</source>
        <translation>Puoi trovare questa pagina di aiuto anche così: apri {home}, vai alla sezione Aiuto e cerca “cosa succede se chiudo il mio account”.</translation>
    </message>
    <message>
        <source>To find the page where you ask for your data, open {home}, go to the Help section and search for “request your data”.</source>
        <translation>Puoi trovare la pagina per richiedere i tuoi dati anche così: apri {home}, vai alla sezione Aiuto e cerca “richiedere i miei dati”.</translation>
    </message>
    <message>
        <source>To reset your password yourself, open {home}, go to the Help section and search for “forgot password”.</source>
        <translation>Puoi reimpostare la password anche così: apri {home}, vai alla sezione Aiuto e cerca “password dimenticata”.</translation>
    </message>
    <message>
        <source>To find the help on verification codes yourself, open {home}, go to the Help section and search for “two-step verification”.</source>
        <translation>Puoi trovare l&apos;aiuto sui codici di verifica anche così: apri {home}, vai alla sezione Aiuto e cerca “verifica in due passaggi”.</translation>
    </message>
    <message>
        <source>To find the help on getting back in when two-step verification fails, open {home}, go to the Help section and search for “two-step verification”.</source>
        <translation>Puoi trovare l&apos;aiuto per rientrare quando la verifica in due passaggi non funziona anche così: apri {home}, vai alla sezione Aiuto e cerca “verifica in due passaggi”.</translation>
    </message>
    <message>
        <source>To find Amazon&apos;s help on suspicious messages yourself, open {home}, go to the Help section and search for “phishing”.</source>
        <translation>Puoi trovare l&apos;aiuto di Amazon sui messaggi sospetti anche così: apri {home}, vai alla sezione Aiuto e cerca “phishing”.</translation>
    </message>
    <message>
        <source>To report a scam to Amazon yourself, type {home}/reportascam in your browser&apos;s address bar.</source>
        <translation>Puoi segnalare una truffa ad Amazon anche così: scrivi {home}/reportascam nella barra degli indirizzi del browser.</translation>
    </message>
    <message>
        <source>To find the contact page yourself, open {home}, go to the Help section and search for “contact us”.</source>
        <translation>Puoi trovare la pagina dei contatti anche così: apri {home}, vai alla sezione Aiuto e cerca “contattaci”.</translation>
    </message>
    <message>
        <source>To get there yourself, open {home}, sign in and go to Settings, then Account Info: at the side of the page, under Account Management, choose Close account. Or search Seller Central&apos;s Help for “close your account”.</source>
        <translation>Puoi arrivarci anche così: apri {home}, accedi e vai su “Impostazioni”, poi “Informazioni sull&apos;account”; sul lato della pagina, sotto “Gestione account”, scegli “Chiudi account”. Oppure cerca “chiudere l&apos;account” nell&apos;Aiuto di Seller Central.</translation>
    </message>
    <message>
        <source>To find the sign-in help yourself, open {home} and search its Help for “sign in”.</source>
        <translation>Puoi trovare l&apos;aiuto per l&apos;accesso anche così: apri {home} e cerca “accesso” nel suo Aiuto.</translation>
    </message>
    <message>
        <source>To find the help on two-step verification yourself, open {home} and search its Help for “two-step verification”.</source>
        <translation>Puoi trovare l&apos;aiuto sulla verifica in due passaggi anche così: apri {home} e cerca “verifica in due passaggi” nel suo Aiuto.</translation>
    </message>
    <message>
        <source>To contact Seller Support yourself, open {home}, sign in and search its Help for “contact Seller Support”.</source>
        <translation>Puoi contattare il Supporto venditori anche così: apri {home}, accedi e cerca “contattare il Supporto venditori” nel suo Aiuto.</translation>
    </message>
    <message>
        <source>Type {home} in your browser&apos;s address bar.</source>
        <translation>Scrivi {home} nella barra degli indirizzi del browser.</translation>
    </message>
</context>
<context>
    <name>Loading</name>
    <message>
        <source>Loading your cases…</source>
        <translation>Caricamento delle tue pratiche…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Account Assistant</source>
        <translation>Assistente Account</translation>
    </message>
    <message>
        <source>Your cases</source>
        <translation>Le tue pratiche</translation>
    </message>
    <message>
        <source>You have no cases yet. Press “Start a new case” to begin.</source>
        <translation>Non hai ancora pratiche. Premi “Inizia una nuova pratica” per cominciare.</translation>
    </message>
    <message>
        <source>Undo:</source>
        <translation>Annulla:</translation>
    </message>
    <message>
        <source>Redo:</source>
        <translation>Ripeti:</translation>
    </message>
    <message>
        <source>Done: {what}.</source>
        <translation>Fatto: {what}.</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <source>&amp;Reminders</source>
        <translation>&amp;Promemoria</translation>
    </message>
    <message>
        <source>Remind me when I log in to this computer</source>
        <translation>Avvisami quando accedo al computer</translation>
    </message>
    <message>
        <source>Add all open deadlines to a calendar…</source>
        <translation>Aggiungi tutte le scadenze aperte a un calendario…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation>&amp;Nuova pratica…</translation>
    </message>
    <message>
        <source>Open the &amp;data folder</source>
        <translation>Apri la cartella dei &amp;dati</translation>
    </message>
    <message>
        <source>&amp;E-mails of your accounts…</source>
        <translation>E-&amp;mail dei tuoi account…</translation>
    </message>
    <message>
        <source>Is this really &amp;Amazon?…</source>
        <translation>È davvero &amp;Amazon?…</translation>
    </message>
    <message>
        <source>I &amp;confirmed it</source>
        <translation>L&apos;ho &amp;confermata</translation>
    </message>
    <message>
        <source>Chan&amp;ge deadline…</source>
        <translation>Cam&amp;bia la scadenza…</translation>
    </message>
    <message>
        <source>&amp;Add to calendar…</source>
        <translation>A&amp;ggiungi al calendario…</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>Con&amp;tinua</translation>
    </message>
    <message>
        <source>&amp;Start again</source>
        <translation>R&amp;icomincia</translation>
    </message>
    <message>
        <source>Tr&amp;y again</source>
        <translation>&amp;Riprova</translation>
    </message>
    <message>
        <source>Ama&amp;zon refused…</source>
        <translation>Ama&amp;zon ha rifiutato…</translation>
    </message>
    <message>
        <source>I did confirm it in ti&amp;me</source>
        <translation>L&apos;&amp;ho confermata in tempo</translation>
    </message>
    <message>
        <source>Mark as sol&amp;ved</source>
        <translation>&amp;Segna come risolta</translation>
    </message>
    <message>
        <source>A&amp;bandon…</source>
        <translation>Ri&amp;nuncia…</translation>
    </message>
    <message>
        <source>No&amp;tes…</source>
        <translation>N&amp;ote…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Elimina…</translation>
    </message>
    <message>
        <source>{account}: {left}.</source>
        <translation>{account}: {left}.</translation>
    </message>
    <message>
        <source>Undone: {what}.</source>
        <translation>Annullato: {what}.</translation>
    </message>
    <message>
        <source>The arrows choose a case, Enter opens it, the menu key shows what you can do with it.</source>
        <translation>Le frecce scelgono una pratica, Invio la apre, il tasto menu mostra che cosa puoi farci.</translation>
    </message>
    <message>
        <source>Start a &amp;new case…</source>
        <translation>Inizia una nuo&amp;va pratica…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>Ann&amp;ulla</translation>
    </message>
    <message>
        <source>&amp;Is this really Amazon?…</source>
        <translation>È &amp;davvero Amazon?…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Lingua</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <source>&amp;About Account Assistant</source>
        <translation>&amp;Informazioni su Assistente Account</translation>
    </message>
    <message>
        <source>Select a case to see its notes and history.</source>
        <translation>Seleziona una pratica per vederne le note e la cronologia.</translation>
    </message>
    <message>
        <source>{what} for {account}: {state}.</source>
        <translation>{what} per {account}: {state}.</translation>
    </message>
    <message>
        <source>Request sent on {date}.</source>
        <translation>Richiesta inviata {date}.</translation>
    </message>
    <message>
        <source>Amazon&apos;s reasons: {reasons}</source>
        <translation>I motivi di Amazon: {reasons}</translation>
    </message>
    <message>
        <source>Your notes: {notes}</source>
        <translation>Le tue note: {notes}</translation>
    </message>
    <message>
        <source>Delete this case?</source>
        <translation>Eliminare questa pratica?</translation>
    </message>
    <message>
        <source>Delete the case “{account}” and its notes from this computer? This does not change anything on Amazon.</source>
        <translation>Eliminare da questo computer la pratica “{account}” e le sue note? Su Amazon non cambia nulla.</translation>
    </message>
    <message>
        <source>Did you confirm it?</source>
        <translation>L&apos;hai confermata?</translation>
    </message>
    <message>
        <source>Mark the case “{account}” as confirmed? Do it once you have confirmed the request as Amazon&apos;s message asked: its reminders stop.</source>
        <translation>Segnare la pratica “{account}” come confermata? Fallo dopo aver confermato la richiesta come chiedeva il messaggio di Amazon: i suoi promemoria si fermano.</translation>
    </message>
    <message>
        <source>Abandon this case?</source>
        <translation>Abbandonare questa pratica?</translation>
    </message>
    <message>
        <source>Mark the case “{account}” as abandoned? Nothing changes on Amazon; the case stays in your list.</source>
        <translation>Segnare la pratica “{account}” come abbandonata? Su Amazon non cambia nulla; la pratica resta nel tuo elenco.</translation>
    </message>
    <message>
        <source>Abandon this closure?</source>
        <translation>Rinunciare a questa chiusura?</translation>
    </message>
    <message>
        <source>Mark the case “{account}” as abandoned? The account stays open; the case stays in your list.</source>
        <translation>Segnare la pratica “{account}” come abbandonata? L&apos;account resta aperto; la pratica resta nel tuo elenco.</translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message>
        <source>Reminders at login cannot work with this copy of Python: it comes from the Microsoft Store, which hides the login entry from Windows. Install Account Assistant with its installer, or use Python from python.org.</source>
        <translation>Il promemoria all&apos;accesso non può funzionare con questa copia di Python: viene dal Microsoft Store, che nasconde a Windows la voce di avvio. Installa Assistente Account con il suo programma di installazione, oppure usa Python da python.org.</translation>
    </message>
    <message>
        <source>Account Assistant is running from the temporary copy macOS makes of an app opened straight from a download, and a login entry pointing there would stop working. Move Account Assistant to Applications, open it from there, then switch this on again.</source>
        <translation>Assistente Account è in esecuzione dalla copia temporanea che macOS crea di un&apos;app aperta direttamente dai download, e una voce di avvio che punta lì smetterebbe di funzionare. Sposta Assistente Account in Applicazioni, aprilo da lì e poi riattiva questa opzione.</translation>
    </message>
    <message>
        <source>About your saved data</source>
        <translation>I tuoi dati salvati</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non salvato</translation>
    </message>
    <message>
        <source>Reminders at login</source>
        <translation>Promemoria all&apos;accesso</translation>
    </message>
    <message>
        <source>The system did not allow the change ({reason}).</source>
        <translation>Il sistema non ha permesso la modifica ({reason}).</translation>
    </message>
    <message>
        <source>The command Windows runs at login is {length} characters long, and Windows may not run commands longer than {limit}. If no reminder appears when you log in, use a data folder with a shorter path.</source>
        <translation>Il comando che Windows esegue all&apos;accesso è lungo {length} caratteri, e Windows potrebbe non eseguire comandi più lunghi di {limit}. Se all&apos;accesso non compare nessun promemoria, usa una cartella dei dati con un percorso più corto.</translation>
    </message>
    <message>
        <source>Your data file is read-only, so your cases are shown but no change can be saved while the app is open. To make changes, allow writing to the file and open the app again. The file is {path}.</source>
        <translation>Il file dei tuoi dati è di sola lettura: i tuoi casi sono visibili, ma finché l&apos;app resta aperta nessuna modifica potrà essere salvata. Per fare modifiche, consenti la scrittura sul file e riapri l&apos;app. Il file è {path}.</translation>
    </message>
    <message>
        <source>Your data folder cannot be written, so your cases are shown but no change can be saved while the app is open. To make changes, allow writing in the folder and open the app again. The folder is {folder}.</source>
        <translation>Nella cartella dei tuoi dati non si può scrivere: i tuoi casi sono visibili, ma finché l&apos;app resta aperta nessuna modifica potrà essere salvata. Per fare modifiche, consenti la scrittura nella cartella e riapri l&apos;app. La cartella è {folder}.</translation>
    </message>
    <message>
        <source>Your saved data could not be read, so the list starts empty. Nothing was deleted: the damaged file was kept as {copy}.</source>
        <translation>Non è stato possibile leggere i tuoi dati salvati, quindi l&apos;elenco riparte vuoto. Non è stato cancellato nulla: il file danneggiato è stato conservato come {copy}.</translation>
    </message>
    <message>
        <source>Your saved data could not be read, and it could not be moved aside either. To protect it, nothing will be saved while the app is open. The file is {path}.</source>
        <translation>Non è stato possibile leggere i tuoi dati salvati, né metterli da parte. Per proteggerli, finché l&apos;app resta aperta non verrà salvato nulla. Il file è {path}.</translation>
    </message>
    <message>
        <source>Your data was saved by a newer version of Account Assistant. This version cannot show it and will not change it: nothing will be saved while it is open. Install the newer version again to see your cases. The file is {path}.</source>
        <translation>I tuoi dati sono stati salvati da una versione più recente di Assistente Account. Questa versione non può mostrarli e non li modificherà: finché resta aperta non verrà salvato nulla. Installa di nuovo la versione più recente per vedere le tue pratiche. Il file è {path}.</translation>
    </message>
    <message>
        <source>Your data file cannot be opened (the system refused to read it). To protect it, nothing will be saved while the app is open. The file is {path}.</source>
        <translation>Il file dei tuoi dati non si può aprire (il sistema ha rifiutato di leggerlo). Per proteggerlo, finché l&apos;app resta aperta non verrà salvato nulla. Il file è {path}.</translation>
    </message>
    <message>
        <source>This change could not be saved: your data file is protected for this session (see the message shown at start-up). It stays visible until you close the app.</source>
        <translation>Questa modifica non è stata salvata: il file dei tuoi dati è protetto per questa sessione (vedi il messaggio mostrato all&apos;avvio). Resta visibile finché non chiudi l&apos;app.</translation>
    </message>
    <message>
        <source>with all your cases, the data file would be larger than the {limit} MB the app can read back ({size} MB), so it was not written; deleting the finished cases you no longer need makes room</source>
        <translation>con tutti i tuoi casi il file dei dati supererebbe i {limit} MB che l&apos;app riesce a rileggere ({size} MB), quindi non è stato scritto; eliminando i casi conclusi che non ti servono più si libera spazio</translation>
    </message>
    <message>
        <source>your data file was made read-only after the app opened it</source>
        <translation>il file dei tuoi dati è stato reso di sola lettura dopo che l&apos;app l&apos;ha aperto</translation>
    </message>
    <message>
        <source>it holds something the app could not read back, so it was not written</source>
        <translation>contiene qualcosa che l&apos;app non riuscirebbe a rileggere, quindi non è stata scritta</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>il disco è pieno</translation>
    </message>
    <message>
        <source>another program (an antivirus, OneDrive, an editor) had the data file open; the next change will try again</source>
        <translation>un altro programma (un antivirus, OneDrive, un editor) aveva aperto il file dei dati; la prossima modifica riproverà</translation>
    </message>
    <message>
        <source>the system does not allow writing in the data folder</source>
        <translation>il sistema non permette di scrivere nella cartella dei dati</translation>
    </message>
    <message>
        <source>the file could not be written</source>
        <translation>non è stato possibile scrivere il file</translation>
    </message>
    <message>
        <source>Your last change could not be saved: {reason}. The data saved before is intact in {path}. The change stays visible until you close the app; once the problem is solved, your next change saves everything.</source>
        <translation>L&apos;ultima modifica non è stata salvata: {reason}. I dati salvati prima sono intatti in {path}. La modifica resta visibile finché non chiudi l&apos;app; risolto il problema, la prossima modifica salverà tutto.</translation>
    </message>
</context>
<context>
    <name>OsErrors</name>
    <message>
        <source>the folder does not exist</source>
        <translation>la cartella non esiste</translation>
    </message>
    <message>
        <source>the system does not allow writing there</source>
        <translation>il sistema non permette di scrivere lì</translation>
    </message>
    <message>
        <source>the system does not allow this operation</source>
        <translation>il sistema non permette questa operazione</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>il disco è pieno</translation>
    </message>
    <message>
        <source>the disk can only be read, not written</source>
        <translation>il disco si può solo leggere, non scrivere</translation>
    </message>
    <message>
        <source>a file with that name exists</source>
        <translation>esiste già un file con quel nome</translation>
    </message>
    <message>
        <source>that name belongs to a folder, not a file</source>
        <translation>quel nome è di una cartella, non di un file</translation>
    </message>
    <message>
        <source>part of the path is a file, not a folder</source>
        <translation>una parte del percorso è un file, non una cartella</translation>
    </message>
    <message>
        <source>the file is in use by another program (an antivirus, OneDrive, an editor): try again in a moment</source>
        <translation>il file è in uso da un altro programma (un antivirus, OneDrive, un editor): riprova tra un momento</translation>
    </message>
</context>
<context>
    <name>PageHelp</name>
    <message>
        <source>What this page is for</source>
        <translation>A che cosa serve questa pagina</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation>Che cosa succede dopo</translation>
    </message>
    <message>
        <source>If you are not sure</source>
        <translation>Se hai dei dubbi</translation>
    </message>
    <message>
        <source>Where to find what it asks</source>
        <translation>Dove trovare quello che ti chiede</translation>
    </message>
    <message>
        <source>Here you tell me what you need to do, and which Amazon store you use. With your answers I choose the right steps and open the right store&apos;s pages in your browser. Nothing is sent anywhere.</source>
        <translation>Qui mi dici che cosa devi fare e quale negozio Amazon usi. Con le tue risposte scelgo i passi giusti e apro nel tuo browser le pagine del negozio giusto. Non viene inviato niente a nessuno.</translation>
    </message>
    <message>
        <source>Next takes you to the first step of the job you chose. On the left you then see all its steps, with the one you are on marked. Back takes you to the step before.</source>
        <translation>Con “Successivo” arrivi al primo passo di quello che hai scelto. A sinistra vedrai tutti i passi, con quello in cui ti trovi segnato. “Precedente” ti riporta al passo prima.</translation>
    </message>
    <message>
        <source>Choose the job closest to your problem: you can come back here with Back and choose another one. I never close anything by myself: I only guide you, and you do each step on Amazon&apos;s own pages.</source>
        <translation>Scegli la voce più vicina al tuo problema: con “Precedente” puoi sempre tornare qui e sceglierne un&apos;altra. Io non chiudo mai niente da solo: ti guido e basta, e ogni passo lo fai tu sulle pagine di Amazon.</translation>
    </message>
    <message>
        <source>The store is the address you type to shop, for example amazon.it. If you use more than one, choose the one you use most. The “Italiano” button at the bottom shows the assistant in Italian.</source>
        <translation>Il negozio è l&apos;indirizzo che scrivi per fare acquisti, per esempio amazon.it. Se ne usi più di uno, scegli quello che usi di più. Il pulsante “English” in basso mostra l&apos;assistente in inglese.</translation>
    </message>
    <message>
        <source>Before anything else, this page rules out a problem on Amazon&apos;s side: sometimes signing in does not work for a while, for everybody. Then waiting is all it takes.</source>
        <translation>Prima di tutto questa pagina esclude un problema di Amazon: a volte l&apos;accesso non funziona per un po&apos;, per tutti. In quel caso basta aspettare.</translation>
    </message>
    <message>
        <source>Answer the question at the bottom. If signing in works now, Next shows a short last page. If not, it takes you to Amazon&apos;s own help on signing in.</source>
        <translation>Rispondi alla domanda in fondo. Se adesso riesci ad accedere, “Successivo” ti mostra una breve pagina finale. Se no, ti porta all&apos;aiuto di Amazon per l&apos;accesso.</translation>
    </message>
    <message>
        <source>Wait a while, then try again. Open {store} yourself, with the button on the page or by typing its address: never from a link in an e-mail or a text message.</source>
        <translation>Aspetta un po&apos; e riprova. Apri {store} da te, con il pulsante della pagina o scrivendo l&apos;indirizzo: mai da un link arrivato per e-mail o per SMS.</translation>
    </message>
    <message>
        <source>You sign in on {store}. If an error message appears, write down its exact words: they help if you need to contact Amazon later.</source>
        <translation>Si accede su {store}. Se compare un messaggio di errore, annota le parole esatte: ti serviranno se poi dovrai contattare Amazon.</translation>
    </message>
    <message>
        <source>Most sign-in problems have a simple cause: another e-mail address or mobile number, a forgotten password, an old verification code, or a space added when pasting the password. The page lists them, with buttons to Amazon&apos;s pages.</source>
        <translation>Quasi sempre il problema ha una causa semplice: un altro indirizzo e-mail o numero di cellulare, una password dimenticata, un codice di verifica vecchio, o uno spazio in più incollando la password. La pagina elenca queste cause, con i pulsanti per le pagine di Amazon.</translation>
    </message>
    <message>
        <source>If one of them solved it, answer Yes: Next shows a short last page. If not, Next helps you get ready to contact Amazon.</source>
        <translation>Se una di queste cose ha risolto, rispondi Sì: “Successivo” ti mostra una breve pagina finale. Se no, ti aiuta a prepararti per contattare Amazon.</translation>
    </message>
    <message>
        <source>Try one cause at a time. For a code, ask for a new one and use that: a code lasts about ten minutes. Type the password by hand instead of pasting it.</source>
        <translation>Prova una causa alla volta. Per il codice, chiedine uno nuovo e usa quello: un codice dura circa dieci minuti. Scrivi la password a mano invece di incollarla.</translation>
    </message>
    <message>
        <source>Amazon&apos;s page “Why can&apos;t I sign in to my account?” explains more: search for “sign in” in the Help section of {store}. The buttons open the page to reset your password and Amazon&apos;s help on verification codes.</source>
        <translation>La pagina di Amazon “Perché non riesco ad accedere al mio account?” spiega di più: cerca “accedere” nella sezione Aiuto di {store}. I pulsanti aprono la pagina per reimpostare la password e l&apos;aiuto di Amazon sui codici di verifica.</translation>
    </message>
    <message>
        <source>This page lists what to have at hand before you contact Amazon, so that the conversation is short: tick what you have. You can also give the account a name and write a few notes, for your list of cases.</source>
        <translation>Questa pagina elenca che cosa tenere a portata di mano prima di contattare Amazon, così la conversazione è breve: spunta quello che hai. Puoi anche dare un nome all&apos;account e scrivere qualche nota, per il tuo elenco di pratiche.</translation>
    </message>
    <message>
        <source>Next shows how to contact Amazon. Nothing is sent from here: the ticks, the name and the notes stay on this computer.</source>
        <translation>“Successivo” ti mostra come contattare Amazon. Da qui non parte niente: le spunte, il nome e le note restano su questo computer.</translation>
    </message>
    <message>
        <source>Tick only what you really have: you can go on even if something is missing. Never write a password in the notes; if something there looks like one, I ask you before going on.</source>
        <translation>Spunta solo quello che hai davvero: puoi andare avanti anche se manca qualcosa. Non scrivere mai una password nelle note; se lì c&apos;è qualcosa che sembra una password, te lo chiedo prima di andare avanti.</translation>
    </message>
    <message>
        <source>The e-mail address or number: the ones you use with Amazon. The name and address: the ones you use for deliveries. The error message: its exact words, or a screenshot of it.</source>
        <translation>L&apos;indirizzo e-mail o il numero: quelli che usi con Amazon. Il nome e l&apos;indirizzo: quelli che usi per le consegne. Il messaggio di errore: le sue parole esatte, o uno screenshot.</translation>
    </message>
    <message>
        <source>When the earlier steps did not help, ask Amazon itself. The button opens the contact page of {store}, where you choose one of the ways of getting in touch it offers.</source>
        <translation>Se i passi precedenti non sono bastati, chiedi direttamente ad Amazon. Il pulsante apre la pagina dei contatti di {store}, dove scegli uno dei modi per metterti in contatto che ti propone.</translation>
    </message>
    <message>
        <source>Press Finish when you are done. With “Add this to my list of cases” ticked, the case goes into your list with your notes, so you can follow it up and mark it solved later.</source>
        <translation>Quando hai finito, premi “Fine”. Se è spuntata “Aggiungi questa pratica al mio elenco”, la pratica entra nel tuo elenco con le tue note: potrai seguirla e segnarla come risolta più avanti.</translation>
    </message>
    <message>
        <source>Describe the problem in simple words, with the details you prepared. Never tell your password to anyone, not even to customer service: Amazon never asks for it by e-mail.</source>
        <translation>Descrivi il problema con parole semplici, con i dati che hai preparato. Non dire mai la tua password a nessuno, nemmeno al servizio clienti: Amazon non te la chiede mai per e-mail.</translation>
    </message>
    <message>
        <source>If the button does not lead to the contact page, search for “contact us” in the Help section of {store}. Amazon&apos;s answers about your account also appear in the Message Centre of the account.</source>
        <translation>Se il pulsante non porta alla pagina dei contatti, cerca “contattaci” nella sezione Aiuto di {store}. Le risposte di Amazon sul tuo account compaiono anche nel Centro messaggi dell&apos;account.</translation>
    </message>
    <message>
        <source>Good news: you can sign in again. This page suggests a few habits that keep it from happening again.</source>
        <translation>Bene: riesci di nuovo ad accedere. Questa pagina ti suggerisce qualche abitudine perché non succeda più.</translation>
    </message>
    <message>
        <source>Press Finish to close the assistant. Nothing is added to your list of cases: the problem is solved.</source>
        <translation>Premi “Fine” per chiudere l&apos;assistente. Nel tuo elenco non viene aggiunto niente: il problema è risolto.</translation>
    </message>
    <message>
        <source>If the problem comes back, start a new case and choose the same job: we start again from the first step.</source>
        <translation>Se il problema torna, inizia una nuova pratica e scegli la stessa voce: ricominciamo dal primo passo.</translation>
    </message>
    <message>
        <source>To remember which e-mail each account uses, open “E-mails of your accounts” in the File menu of the list of cases: the addresses are kept only in your system&apos;s keyring.</source>
        <translation>Per ricordare quale e-mail usa ciascun account, apri “E-mail dei tuoi account” nel menu File dell&apos;elenco delle pratiche: gli indirizzi restano solo nel portachiavi del sistema.</translation>
    </message>
    <message>
        <source>Accounts close one at a time, so this page asks which one we close now. The name is only for you: it is how the account appears in your list of cases, in the reminders and in your calendar. It is not sent to Amazon.</source>
        <translation>Gli account si chiudono uno alla volta: questa pagina ti chiede quale chiudiamo adesso. Il nome serve solo a te: è il modo in cui l&apos;account compare nel tuo elenco di pratiche, nei promemoria e nel calendario. Ad Amazon non viene inviato.</translation>
    </message>
    <message>
        <source>Next shows what to save before closing. If you leave the assistant before sending the request, I ask whether to keep the account in your list as a draft.</source>
        <translation>“Successivo” ti mostra che cosa mettere al sicuro prima di chiudere. Se esci dall&apos;assistente prima di inviare la richiesta, ti chiedo se tenere l&apos;account nel tuo elenco come bozza.</translation>
    </message>
    <message>
        <source>Any name you will recognise is fine: “Personal”, “Mum&apos;s account”. With several accounts, start with one: at the end I offer to start the next. Remember that closing is worldwide: the account closes on every Amazon store, not only on {store}.</source>
        <translation>Va bene qualsiasi nome che riconoscerai: “Personale”, “Account di mamma”. Se hai più account, comincia da uno: alla fine ti propongo di passare al successivo. Ricorda che la chiusura vale in tutto il mondo: l&apos;account si chiude su tutti i negozi Amazon, non solo su {store}.</translation>
    </message>
    <message>
        <source>Under the name you can save the e-mail address the account uses, so you do not mix it up with another one. It is kept only in your system&apos;s keyring, never in the app&apos;s file.</source>
        <translation>Sotto il nome puoi salvare l&apos;indirizzo e-mail che usa l&apos;account, così non lo confondi con un altro. Resta solo nel portachiavi del sistema, mai nel file dell&apos;app.</translation>
    </message>
    <message>
        <source>Closing deletes the account and everything in it. This page lists what to save or finish first: your data, the gift card balance, subscriptions, digital content, other services on the same login, open orders. Each point says why.</source>
        <translation>La chiusura cancella l&apos;account e tutto quello che contiene. Questa pagina elenca che cosa salvare o concludere prima: i tuoi dati, il saldo dei buoni regalo, gli abbonamenti, i contenuti digitali, gli altri servizi con lo stesso accesso, gli ordini in corso. Per ogni punto c&apos;è il perché.</translation>
    </message>
    <message>
        <source>Tick each point once you have dealt with it; the ticks are only for you. If some are not ticked, Next asks whether to go on anyway. Next leads to the last check before your decision: nothing is closed yet.</source>
        <translation>Spunta ogni punto quando te ne sei occupato; le spunte servono solo a te. Se qualche punto non è spuntato, “Successivo” ti chiede se vuoi andare avanti lo stesso. Poi arriva l&apos;ultimo controllo prima della decisione: non viene ancora chiuso niente.</translation>
    </message>
    <message>
        <source>Take your time: you can stop now and carry on another day, with the account kept in your list as a draft. If only an old card, an address or some e-mails bother you, you can change them and keep the account.</source>
        <translation>Prenditi il tempo che serve: puoi fermarti adesso e continuare un altro giorno, con l&apos;account tenuto nel tuo elenco come bozza. Se ti danno fastidio solo una vecchia carta, un indirizzo o qualche e-mail, puoi cambiarli e tenere l&apos;account.</translation>
    </message>
    <message>
        <source>For a copy of your data, press “Request my data” (or search for “request your data” in the Help section of {store}) and wait until you have it. For the other points, look in your account on {store}.</source>
        <translation>Per avere una copia dei tuoi dati premi “Richiedi i miei dati” (oppure cerca “richiedere i miei dati” nella sezione Aiuto di {store}) e aspetta di averla ricevuta. Per gli altri punti guarda nel tuo account su {store}.</translation>
    </message>
    <message>
        <source>This is the point of no return. The page lists, in plain words, what you lose: nobody can restore a closed account, not you and not Amazon. Typing the account&apos;s name makes sure you mean this one.</source>
        <translation>Questo è il punto di non ritorno. La pagina elenca, in parole semplici, che cosa perdi: nessuno può ripristinare un account chiuso, né tu né Amazon. Scrivere il nome dell&apos;account conferma che intendi proprio questo.</translation>
    </message>
    <message>
        <source>“I have decided” takes you to the steps for sending the request; after it, Back no longer returns here. Nothing is closed yet: the account closes only once you send the request on Amazon&apos;s page and confirm it with the link Amazon sends you.</source>
        <translation>“Ho deciso” ti porta ai passi per inviare la richiesta; dopo, “Precedente” non torna più qui. Non è ancora chiuso niente: l&apos;account si chiude solo quando invii la richiesta sulla pagina di Amazon e la confermi con il link che Amazon ti manda.</translation>
    </message>
    <message>
        <source>Do not type the name. Press Back to look at the checklist again, or Cancel to stop: I ask whether to keep the account in your list as a draft.</source>
        <translation>Non scrivere il nome. Premi “Precedente” per rileggere l&apos;elenco dei punti, oppure “Annulla” per fermarti: ti chiedo se tenere l&apos;account nel tuo elenco come bozza.</translation>
    </message>
    <message>
        <source>The name to type is the one you gave the account in the first step, shown in bold. Capitals and extra spaces do not matter.</source>
        <translation>Il nome da scrivere è quello che hai dato all&apos;account al primo passo, scritto in grassetto. Maiuscole e spazi in più non contano.</translation>
    </message>
    <message>
        <source>Now you send the request yourself, on Amazon&apos;s closure page, in your browser. The page lists the steps you will find there.</source>
        <translation>Adesso la richiesta la invii tu, sulla pagina di chiusura di Amazon, nel tuo browser. La pagina elenca i passi che troverai lì.</translation>
    </message>
    <message>
        <source>Once you have pressed “Close my account” on Amazon&apos;s page, tick “I have sent the request, on” and check the day: Next then shows how to confirm. Not sent yet? Press Finish: the account stays in your list as a draft, and “Continue” brings you back here.</source>
        <translation>Quando hai premuto “Chiudi il mio account” sulla pagina di Amazon, spunta “Ho inviato la richiesta, il giorno” e controlla la data: “Successivo” ti mostra come confermare. Non l&apos;hai ancora inviata? Premi “Fine”: l&apos;account resta nel tuo elenco come bozza, e “Continua” ti riporta qui.</translation>
    </message>
    <message>
        <source>Sign in only to the account you want to close. If Amazon&apos;s page shows something you do not expect, stop and finish later: the draft waits for you.</source>
        <translation>Accedi solo all&apos;account che vuoi chiudere. Se la pagina di Amazon ti mostra qualcosa che non ti aspetti, fermati e finisci più tardi: la bozza ti aspetta.</translation>
    </message>
    <message>
        <source>The button opens the closure page of {store}. If it does not lead there, search for “close account” in the Help section of {store}: the page is called “Close your Amazon account”. The day to give is the day you sent the request.</source>
        <translation>Il pulsante apre la pagina di chiusura di {store}. Se non ti porta lì, cerca “chiudere account” nella sezione Aiuto di {store}: è la pagina per chiudere il tuo account Amazon. Il giorno da indicare è quello in cui hai inviato la richiesta.</translation>
    </message>
    <message>
        <source>After the request, Amazon sends an e-mail or a text message with a link: the closure goes ahead only when you confirm with it. This page keeps the deadline and sets up the reminders.</source>
        <translation>Dopo la richiesta, Amazon ti manda un&apos;e-mail o un SMS con un link: la chiusura va avanti solo quando la confermi con quel link. Questa pagina tiene la scadenza e prepara i promemoria.</translation>
    </message>
    <message>
        <source>Press Finish: the case waits in your list with its deadline, and I remind you the day before and on the day. Once you have confirmed, select the case and press “I confirmed it”.</source>
        <translation>Premi “Fine”: la pratica aspetta nel tuo elenco con la sua scadenza, e te la ricordo il giorno prima e il giorno stesso. Quando hai confermato, seleziona la pratica e premi “L&apos;ho confermata”.</translation>
    </message>
    <message>
        <source>Before pressing the link, make sure the message is genuine: the link must lead to an address ending in .{store}, and Amazon never asks for your password by e-mail. The button “Is this really Amazon?” at the bottom checks a link or a sender for you.</source>
        <translation>Prima di aprire il link, controlla che il messaggio sia vero: il link deve portare a un indirizzo che finisce con .{store}, e Amazon non ti chiede mai la password per e-mail. Il pulsante “È davvero Amazon?” in basso controlla per te un link o un mittente.</translation>
    </message>
    <message>
        <source>The date I suggest is 5 days after the request: if Amazon&apos;s message gives another one, put that. The message also appears in the Message Centre of the account. “Remind me when I log in” reminds you even if you forget to open me.</source>
        <translation>La data che ti propongo è 5 giorni dopo la richiesta: se il messaggio di Amazon ne indica un&apos;altra, metti quella. Il messaggio compare anche nel Centro messaggi dell&apos;account. “Ricordamelo quando accedo” ti avvisa anche se ti dimentichi di aprirmi.</translation>
    </message>
    <message>
        <source>Seller accounts close one at a time, and each region (Europe, North America, Japan, Australia) is a separate account. This page asks which account we close now, and in which region.</source>
        <translation>Gli account venditore si chiudono uno alla volta, e ogni regione (Europa, Nord America, Giappone, Australia) è un account a sé. Questa pagina ti chiede quale account chiudiamo adesso, e in quale regione.</translation>
    </message>
    <message>
        <source>Next shows what Amazon checks before it accepts a closure. The name is only for your list of cases, the reminders and your calendar: it is not sent to Amazon.</source>
        <translation>“Successivo” ti mostra che cosa controlla Amazon prima di accettare una chiusura. Il nome serve solo per il tuo elenco di pratiche, i promemoria e il calendario: ad Amazon non viene inviato.</translation>
    </message>
    <message>
        <source>Tick “European Unified Account” only if the account is one account for all the EU stores: closing one European store then closes all of them. If you are not sure, look in Seller Central before you go on.</source>
        <translation>Spunta “Account Unificato Europeo” solo se l&apos;account è uno solo per tutti i negozi dell&apos;UE: in quel caso, chiudendo un negozio europeo li chiudi tutti. Se non ne sei sicuro, controlla in Seller Central prima di andare avanti.</translation>
    </message>
    <message>
        <source>The region is the one of the stores you sell on. Under the name you can save the e-mail address the account uses: it is kept only in your system&apos;s keyring.</source>
        <translation>La regione è quella dei negozi in cui vendi. Sotto il nome puoi salvare l&apos;indirizzo e-mail che usa l&apos;account: resta solo nel portachiavi del sistema.</translation>
    </message>
    <message>
        <source>Amazon refuses to close a seller account while something is still open. This page lists what Amazon checks: orders, the 90 days of A-to-z claims, the balance, refunds and buyer messages, bank details, performance notifications, FBA stock.</source>
        <translation>Amazon non chiude un account venditore finché c&apos;è qualcosa in sospeso. Questa pagina elenca che cosa controlla: gli ordini, i 90 giorni per i reclami di Garanzia dalla A alla Z, il saldo, i rimborsi e i messaggi degli acquirenti, i dati bancari, le notifiche sulle prestazioni, l&apos;inventario FBA.</translation>
    </message>
    <message>
        <source>Tick each point once it is done; nothing is sent. If some are not ticked, Next asks whether to go on anyway, but Amazon will probably refuse. Next leads to the last check before your decision.</source>
        <translation>Spunta ogni punto quando è fatto; non viene inviato niente. Se qualche punto non è spuntato, “Successivo” ti chiede se andare avanti lo stesso, ma probabilmente Amazon rifiuterà. Poi arriva l&apos;ultimo controllo prima della decisione.</translation>
    </message>
    <message>
        <source>Some points take time (the 90 days, the next disbursement): stop now and carry on later, with the account kept in your list as a draft. Only taking a break? Holiday settings make your listings inactive without closing anything.</source>
        <translation>Alcuni punti richiedono tempo (i 90 giorni, il prossimo pagamento di Amazon): fermati e continua più tardi, con l&apos;account tenuto nel tuo elenco come bozza. Vuoi solo fare una pausa? Con la Modalità vacanza le tue offerte diventano inattive senza chiudere niente.</translation>
    </message>
    <message>
        <source>Sign in to Seller Central to check each point. Download the reports, invoices and tax documents you must keep before closing.</source>
        <translation>Accedi a Seller Central per controllare ogni punto. Prima di chiudere, scarica i report, le fatture e i documenti fiscali che devi conservare.</translation>
    </message>
    <message>
        <source>This is the point of no return: a closed seller account cannot be reopened. The page lists what you lose; with a European Unified Account, the account closes on every European store. Typing the account&apos;s name makes sure you mean this one.</source>
        <translation>Questo è il punto di non ritorno: un account venditore chiuso non si può riaprire. La pagina elenca che cosa perdi; con un Account Unificato Europeo l&apos;account si chiude su tutti i negozi europei. Scrivere il nome dell&apos;account conferma che intendi proprio questo.</translation>
    </message>
    <message>
        <source>“I have decided” takes you to the steps for sending the request; after it, Back no longer returns here. Nothing is closed yet: Amazon answers your request, and the closure needs your confirmation.</source>
        <translation>“Ho deciso” ti porta ai passi per inviare la richiesta; dopo, “Precedente” non torna più qui. Non è ancora chiuso niente: Amazon risponde alla tua richiesta, e la chiusura ha bisogno della tua conferma.</translation>
    </message>
    <message>
        <source>You send the request yourself, in Seller Central. The page lists the steps: Settings, Account Info, then Close account, at the side of the page under Account Management.</source>
        <translation>La richiesta la invii tu, in Seller Central. La pagina elenca i passi: “Impostazioni”, “Informazioni sull&apos;account”, poi “Chiudi account”, sul lato della pagina sotto “Gestione account”.</translation>
    </message>
    <message>
        <source>Once you have pressed Send, tick “I have sent the request, on” and check the day: Next asks what Amazon answered. Not sent yet? Press Finish: the account stays in your list as a draft.</source>
        <translation>Quando hai premuto “Invia”, spunta “Ho inviato la richiesta, il giorno” e controlla la data: “Successivo” ti chiede che cosa ha risposto Amazon. Non l&apos;hai ancora inviata? Premi “Fine”: l&apos;account resta nel tuo elenco come bozza.</translation>
    </message>
    <message>
        <source>Sign in with the account you named, and only that one, and fill in all the required fields. If Seller Central looks different, the button opens Amazon&apos;s help on closing a seller account.</source>
        <translation>Accedi con l&apos;account che hai indicato, e solo con quello, e compila tutti i campi obbligatori. Se Seller Central ti sembra diverso, il pulsante apre l&apos;aiuto di Amazon sulla chiusura di un account venditore.</translation>
    </message>
    <message>
        <source>Seller Central&apos;s address, to type yourself: sellercentral.{store}. The day to give is the day you pressed Send.</source>
        <translation>L&apos;indirizzo di Seller Central, da scrivere tu: sellercentral.{store}. Il giorno da indicare è quello in cui hai premuto “Invia”.</translation>
    </message>
    <message>
        <source>Amazon answers a closure request by e-mail, or by text message if you asked for that: it either asks you to confirm the closure, or refuses and says why. Choose what you received.</source>
        <translation>Amazon risponde a una richiesta di chiusura per e-mail, o per SMS se l&apos;hai chiesto: o ti chiede di confermare la chiusura, o la rifiuta e spiega perché. Scegli che cosa hai ricevuto.</translation>
    </message>
    <message>
        <source>A request to confirm, or no answer yet: Next shows the deadline and the reminders. A refusal: Next asks for Amazon&apos;s reasons, so you can fix them and try again.</source>
        <translation>Una richiesta di conferma, o ancora nessuna risposta: “Successivo” ti mostra la scadenza e i promemoria. Un rifiuto: “Successivo” ti chiede i motivi di Amazon, così puoi sistemare le cose e riprovare.</translation>
    </message>
    <message>
        <source>Nothing yet? Choose “No answer yet”: the case waits in your list with its deadline, and I remind you. Check a message with “Is this really Amazon?” before pressing a link in it.</source>
        <translation>Non è arrivato niente? Scegli “Ancora nessuna risposta”: la pratica aspetta nel tuo elenco con la sua scadenza, e te la ricordo io. Prima di aprire un link in un messaggio, controllalo con “È davvero Amazon?”.</translation>
    </message>
    <message>
        <source>Look in the inbox of the e-mail address the seller account uses, or in your text messages.</source>
        <translation>Guarda nella posta dell&apos;indirizzo e-mail che usa l&apos;account venditore, o tra i tuoi SMS.</translation>
    </message>
    <message>
        <source>Amazon asks you to confirm the closure with the link in its message. It must be confirmed in time, usually within 5 days, or the request is void and everything starts again from the beginning.</source>
        <translation>Amazon ti chiede di confermare la chiusura con il link del suo messaggio. Va confermata in tempo, di solito entro 5 giorni; altrimenti la richiesta non vale più e bisogna ricominciare tutto da capo.</translation>
    </message>
    <message>
        <source>Press Finish: the case waits in your list with its deadline, and I remind you the day before and on the day. Once you have confirmed, select the case and press “I confirmed it”; if Amazon refuses after all, press “Amazon refused”.</source>
        <translation>Premi “Fine”: la pratica aspetta nel tuo elenco con la sua scadenza, e te la ricordo il giorno prima e il giorno stesso. Quando hai confermato, seleziona la pratica e premi “L&apos;ho confermata”; se alla fine Amazon rifiuta, premi “Amazon ha rifiutato”.</translation>
    </message>
    <message>
        <source>Before pressing the link, make sure the message is genuine: Amazon&apos;s seller mail comes from addresses ending in @amazon.com, @amazonsellerservices.com, @sell.amazon.com or the store&apos;s own domain. “Is this really Amazon?” checks a link or a sender for you.</source>
        <translation>Prima di aprire il link, controlla che il messaggio sia vero: la posta di Amazon per i venditori arriva da indirizzi che finiscono con @amazon.com, @amazonsellerservices.com, @sell.amazon.com o con il dominio del negozio. “È davvero Amazon?” controlla per te un link o un mittente.</translation>
    </message>
    <message>
        <source>The date I suggest is 5 days after the request: if Amazon&apos;s message gives another one, put that. “Remind me when I log in” and “Add to calendar” make sure you do not miss it.</source>
        <translation>La data che ti propongo è 5 giorni dopo la richiesta: se il messaggio di Amazon ne indica un&apos;altra, metti quella. “Ricordamelo quando accedo” e “Aggiungi al calendario” ti aiutano a non dimenticarla.</translation>
    </message>
    <message>
        <source>Amazon refused the closure. It happens, usually because something on the checklist is not done yet. Copy or summarise Amazon&apos;s reasons here, so they stay with the case.</source>
        <translation>Amazon ha rifiutato la chiusura. Succede, di solito perché un punto dell&apos;elenco non è ancora fatto. Copia o riassumi qui i motivi di Amazon, così restano insieme alla pratica.</translation>
    </message>
    <message>
        <source>Press Finish: the case goes into your list as refused, with the reasons. Once you have fixed what Amazon asks, select it and press “Try again”: you go back to the checklist, with your ticks kept.</source>
        <translation>Premi “Fine”: la pratica entra nel tuo elenco come rifiutata, con i motivi. Quando hai sistemato quello che chiede Amazon, selezionala e premi “Riprova”: torni all&apos;elenco dei punti, con le tue spunte.</translation>
    </message>
    <message>
        <source>Read Amazon&apos;s message again: it says what is missing and what to do next. The list on this page shows what Amazon usually checks.</source>
        <translation>Rileggi il messaggio di Amazon: dice che cosa manca e che cosa fare. L&apos;elenco in questa pagina mostra che cosa controlla di solito Amazon.</translation>
    </message>
    <message>
        <source>The reasons are in Amazon&apos;s answer, in the e-mail or text message you received. Check first that it is genuine, with “Is this really Amazon?”.</source>
        <translation>I motivi sono nella risposta di Amazon, nell&apos;e-mail o nell&apos;SMS che hai ricevuto. Prima controlla che sia vera, con “È davvero Amazon?”.</translation>
    </message>
    <message>
        <source>The first of eight checks, in order. Many sign-in problems come from one e-mail address used for several accounts, and the password of the wrong one. The name of the account lets me keep the case and show the e-mail you saved for it.</source>
        <translation>Il primo di otto controlli, in ordine. Molti problemi di accesso nascono da un solo indirizzo e-mail usato per più account, e dalla password di quello sbagliato. Con il nome dell&apos;account posso tenere la pratica e mostrarti l&apos;e-mail che hai salvato.</translation>
    </message>
    <message>
        <source>Answer “Did this solve it?”. Yes: a short last page. No: Next goes on to check 2. Every check ends with the same question.</source>
        <translation>Rispondi a “Il problema è risolto?”. Sì: una breve pagina finale. No: “Successivo” passa al controllo 2. Ogni controllo finisce con la stessa domanda.</translation>
    </message>
    <message>
        <source>Sign in with the e-mail of this seller account and its own password. If the same e-mail also opens a customer account or another seller account, make sure you use this one&apos;s password. Not sure it worked? Answer No: the next check does no harm.</source>
        <translation>Accedi con l&apos;e-mail di questo account venditore e con la sua password. Se la stessa e-mail apre anche un account cliente o un altro account venditore, assicurati di usare la password di questo. Non sai se ha funzionato? Rispondi No: il controllo successivo non fa danni.</translation>
    </message>
    <message>
        <source>If you saved the account&apos;s e-mail, it appears under the name, hidden in part: “Show” shows it whole. It comes from your system&apos;s keyring, never from the app&apos;s file.</source>
        <translation>Se hai salvato l&apos;e-mail dell&apos;account, compare sotto il nome, in parte nascosta: “Mostra” la fa vedere per intero. Viene dal portachiavi del sistema, mai dal file dell&apos;app.</translation>
    </message>
    <message>
        <source>Copy and paste can add a space or an invisible character to a password, and then it is refused. Paste it here and I tell you what is wrong with it, without ever showing it.</source>
        <translation>Copiando e incollando si può aggiungere alla password uno spazio o un carattere invisibile, e allora viene rifiutata. Incollala qui e ti dico che cosa non va, senza mai mostrarla.</translation>
    </message>
    <message>
        <source>What you paste is never saved, and it is erased as soon as you leave the page, from the clipboard too. Then answer the question: Yes leads to a short last page, No to check 3.</source>
        <translation>Quello che incolli non viene mai salvato, e viene cancellato appena lasci la pagina, anche dagli appunti. Poi rispondi alla domanda: Sì porta a una breve pagina finale, No al controllo 3.</translation>
    </message>
    <message>
        <source>You do not have to paste anything: typing the password by hand avoids the problem altogether. If you use a clipboard history (Windows key + V, a clipboard manager), delete the password from it yourself.</source>
        <translation>Non sei obbligato a incollare niente: scrivendo la password a mano il problema non si pone. Se usi una cronologia degli appunti (tasto Windows + V, un gestore degli appunti), cancellaci tu la password.</translation>
    </message>
    <message>
        <source>Paste from where you keep the password. I look for spaces at the start or the end, invisible characters, letters of other alphabets that look like ours, and Caps Lock.</source>
        <translation>Incollala da dove la tieni. Cerco spazi all&apos;inizio o alla fine, caratteri invisibili, lettere di altri alfabeti che sembrano le nostre, e il Bloc Maiusc.</translation>
    </message>
    <message>
        <source>Seller Central always asks for a code after the password (two-step verification). A refused code is often an old one.</source>
        <translation>Seller Central chiede sempre un codice dopo la password (la verifica in due passaggi). Un codice rifiutato spesso è un codice vecchio.</translation>
    </message>
    <message>
        <source>Answer the question: Yes leads to a short last page, No to check 4, for when no code arrives at all.</source>
        <translation>Rispondi alla domanda: Sì porta a una breve pagina finale, No al controllo 4, per quando il codice non arriva proprio.</translation>
    </message>
    <message>
        <source>Ask for one new code and use only that: if you asked for several in a short time, only the latest works, and a code is valid only for a short time.</source>
        <translation>Chiedi un solo codice nuovo e usa solo quello: se ne hai chiesti diversi in poco tempo, funziona solo l&apos;ultimo, e un codice vale solo per poco tempo.</translation>
    </message>
    <message>
        <source>The code comes by the method you set up. “Didn&apos;t receive the code?” on the code page sends it by your backup method instead. The button opens Amazon&apos;s help on two-step verification.</source>
        <translation>Il codice arriva con il metodo che hai impostato. “Non hai ricevuto il codice?”, nella pagina del codice, te lo manda invece con il metodo di riserva. Il pulsante apre l&apos;aiuto di Amazon sulla verifica in due passaggi.</translation>
    </message>
    <message>
        <source>If no code arrives at all (a lost phone, a changed number), you can reset two-step verification by proving who you are with a valid identity document.</source>
        <translation>Se il codice non arriva proprio (telefono perso, numero cambiato), puoi reimpostare la verifica in due passaggi dimostrando chi sei con un documento d&apos;identità valido.</translation>
    </message>
    <message>
        <source>Once you have sent the document, tick “I have sent my identity document, on”: I add a case to your list and remind you {days} days later to look for Amazon&apos;s e-mail. Then Yes leads to a short last page, No to check 5.</source>
        <translation>Quando hai inviato il documento, spunta “Ho inviato il mio documento d&apos;identità, il giorno”: aggiungo una pratica al tuo elenco e dopo {days} giorni ti ricordo di cercare l&apos;e-mail di Amazon. Poi Sì porta a una breve pagina finale, No al controllo 5.</translation>
    </message>
    <message>
        <source>Seller Support cannot skip this check for you. Amazon answers by e-mail, usually within 12 hours and at most in a couple of days; then sign in with your password alone and set up two-step verification again at once.</source>
        <translation>Il Supporto venditori non può farti saltare questa verifica. Amazon risponde per e-mail, di solito entro 12 ore e al massimo in un paio di giorni; poi accedi con la sola password e riattiva subito la verifica in due passaggi.</translation>
    </message>
    <message>
        <source>On the code page, choose “Didn&apos;t receive the code?”, then the option to reset two-step verification, and follow the instructions.</source>
        <translation>Nella pagina del codice scegli “Non hai ricevuto il codice?”, poi l&apos;opzione per reimpostare la verifica in due passaggi, e segui le istruzioni.</translation>
    </message>
    <message>
        <source>Old data kept by your browser (cookies and cached files) can break the sign-in. Deleting it, or trying another browser or device, often helps.</source>
        <translation>I vecchi dati conservati dal browser (cookie e file nella cache) possono bloccare l&apos;accesso. Cancellarli, o provare un altro browser o un altro dispositivo, spesso aiuta.</translation>
    </message>
    <message>
        <source>Answer the question: Yes leads to a short last page, No to check 6.</source>
        <translation>Rispondi alla domanda: Sì porta a una breve pagina finale, No al controllo 6.</translation>
    </message>
    <message>
        <source>Deleting cookies also signs you out of other websites, so you may have to sign in to them again. If you prefer, simply try another browser or another device.</source>
        <translation>Cancellando i cookie esci anche dagli altri siti, quindi potresti dover accedere di nuovo. Se preferisci, prova semplicemente un altro browser o un altro dispositivo.</translation>
    </message>
    <message>
        <source>The page shows the way in Chrome, Firefox, Edge and Safari. In another browser, look for “cookies” or “browsing data” in its settings.</source>
        <translation>La pagina spiega come fare in Chrome, Firefox, Edge e Safari. In un altro browser, cerca “cookie” o “dati di navigazione” nelle impostazioni.</translation>
    </message>
    <message>
        <source>The seller account may have been opened with another e-mail address. Amazon&apos;s sign-in help tells you how to check that an address is registered.</source>
        <translation>L&apos;account venditore potrebbe essere stato aperto con un altro indirizzo e-mail. L&apos;aiuto di Amazon per l&apos;accesso spiega come controllare se un indirizzo è registrato.</translation>
    </message>
    <message>
        <source>Answer the question: Yes leads to a short last page, No to check 7, setting a new password.</source>
        <translation>Rispondi alla domanda: Sì porta a una breve pagina finale, No al controllo 7, per impostare una nuova password.</translation>
    </message>
    <message>
        <source>Try each e-mail address you use or have used. The page lists the e-mails you saved for your accounts, hidden in part: “Show” shows them whole.</source>
        <translation>Prova ogni indirizzo e-mail che usi o che hai usato. La pagina elenca le e-mail che hai salvato per i tuoi account, in parte nascoste: “Mostra” le fa vedere per intero.</translation>
    </message>
    <message>
        <source>The button opens Seller Central&apos;s sign-in help. Seller Central&apos;s address, to type yourself: sellercentral.{store}.</source>
        <translation>Il pulsante apre l&apos;aiuto di Seller Central per l&apos;accesso. L&apos;indirizzo di Seller Central, da scrivere tu: sellercentral.{store}.</translation>
    </message>
    <message>
        <source>With the right e-mail address you can set a new password: Amazon sends you an e-mail to choose it.</source>
        <translation>Con l&apos;indirizzo e-mail giusto puoi impostare una nuova password: Amazon ti manda un&apos;e-mail per sceglierla.</translation>
    </message>
    <message>
        <source>Answer the question: Yes leads to a short last page, No to check 8, signing in with the new password.</source>
        <translation>Rispondi alla domanda: Sì porta a una breve pagina finale, No al controllo 8, l&apos;accesso con la nuova password.</translation>
    </message>
    <message>
        <source>Before using the e-mail, check that it really comes from Amazon: seller mail comes from @amazon.com, @amazonsellerservices.com, @sell.amazon.com or the store&apos;s own domain. “Is this really Amazon?” checks it for you.</source>
        <translation>Prima di usare l&apos;e-mail, controlla che venga davvero da Amazon: la posta per i venditori arriva da @amazon.com, @amazonsellerservices.com, @sell.amazon.com o dal dominio del negozio. “È davvero Amazon?” la controlla per te.</translation>
    </message>
    <message>
        <source>Start from the Seller Central sign-in page, typing its address yourself: sellercentral.{store}. The button opens Seller Central&apos;s sign-in help.</source>
        <translation>Parti dalla pagina di accesso di Seller Central, scrivendo tu l&apos;indirizzo: sellercentral.{store}. Il pulsante apre l&apos;aiuto di Seller Central per l&apos;accesso.</translation>
    </message>
    <message>
        <source>The last check: sign in with the e-mail and the new password, and the latest verification code, on a page you opened yourself.</source>
        <translation>L&apos;ultimo controllo: accedi con l&apos;e-mail, la nuova password e l&apos;ultimo codice di verifica, da una pagina che hai aperto tu.</translation>
    </message>
    <message>
        <source>Answer the question: Yes leads to a short last page, No to Seller Support, with a message ready to send.</source>
        <translation>Rispondi alla domanda: Sì porta a una breve pagina finale, No al Supporto venditori, con un messaggio pronto da inviare.</translation>
    </message>
    <message>
        <source>Type the address and the password by hand, and ask for one new code.</source>
        <translation>Scrivi a mano l&apos;indirizzo e la password, e chiedi un solo codice nuovo.</translation>
    </message>
    <message>
        <source>Seller Central&apos;s address, to type yourself: sellercentral.{store}.</source>
        <translation>L&apos;indirizzo di Seller Central, da scrivere tu: sellercentral.{store}.</translation>
    </message>
    <message>
        <source>If none of the checks helped, the account may have been deactivated, or blocked by Amazon: only Amazon can tell. This page writes a message for Seller Support that lists what you already tried.</source>
        <translation>Se nessun controllo ha aiutato, l&apos;account potrebbe essere stato disattivato, o bloccato da Amazon: solo Amazon può dirlo. Questa pagina scrive per te un messaggio al Supporto venditori con quello che hai già provato.</translation>
    </message>
    <message>
        <source>Fill in the parts in [square brackets], press “Copy the message” and paste it into your message to Seller Support. Then press Finish; with “Add this to my list of cases” ticked, the case stays in your list to follow up.</source>
        <translation>Completa le parti tra [parentesi quadre], premi “Copia il messaggio” e incollalo nel tuo messaggio al Supporto venditori. Poi premi “Fine”; se è spuntata “Aggiungi questa pratica al mio elenco”, la pratica resta nel tuo elenco da seguire.</translation>
    </message>
    <message>
        <source>Do not open a new seller account: Amazon&apos;s seller help advises against it. You can write the message in Italian or English; if you change the language after editing it, I ask before writing it again.</source>
        <translation>Non aprire un nuovo account venditore: l&apos;aiuto di Amazon per i venditori lo sconsiglia. Puoi scrivere il messaggio in italiano o in inglese; se cambi lingua dopo averlo modificato, te lo chiedo prima di riscriverlo.</translation>
    </message>
    <message>
        <source>The button opens Seller Support. In the brackets go the details only you know: the account&apos;s e-mail, the error message you see, your name.</source>
        <translation>Il pulsante apre il Supporto venditori. Tra le parentesi vanno i dati che conosci solo tu: l&apos;e-mail dell&apos;account, il messaggio di errore che vedi, il tuo nome.</translation>
    </message>
    <message>
        <source>You are back in Seller Central. This page suggests a few habits that keep it from happening again.</source>
        <translation>Sei di nuovo dentro Seller Central. Questa pagina ti suggerisce qualche abitudine perché non succeda più.</translation>
    </message>
    <message>
        <source>Press Finish to close the assistant. If you sent an identity document, its case stays in your list: mark it solved there.</source>
        <translation>Premi “Fine” per chiudere l&apos;assistente. Se hai inviato un documento d&apos;identità, la sua pratica resta nel tuo elenco: segnala come risolta da lì.</translation>
    </message>
    <message>
        <source>If the problem comes back, start a new case and choose the same job.</source>
        <translation>Se il problema torna, inizia una nuova pratica e scegli la stessa voce.</translation>
    </message>
</context>
<context>
    <name>PageHelpDialog</name>
    <message>
        <source>Help: {page}</source>
        <translation>Aiuto: {page}</translation>
    </message>
    <message>
        <source>Help on this step</source>
        <translation>Aiuto su questo passo</translation>
    </message>
</context>
<context>
    <name>PasswordInNotes</name>
    <message>
        <source>These notes seem to contain a password. Remove it: the notes are saved on this computer as plain text, and this app never keeps passwords.</source>
        <translation>Queste note sembrano contenere una password. Toglila: le note vengono salvate su questo computer come testo semplice, e questa app non conserva mai le password.</translation>
    </message>
    <message>
        <source>A password in your notes?</source>
        <translation>Una password nelle note?</translation>
    </message>
    <message>
        <source>Your notes seem to contain a password. Notes are saved on this computer as plain text, where anyone using it can read them: remove the password first.</source>
        <translation>Le tue note sembrano contenere una password. Le note vengono salvate su questo computer come testo semplice, che chiunque lo usi può leggere: prima togli la password.</translation>
    </message>
    <message>
        <source>&amp;Edit the notes</source>
        <translation>&amp;Modifica le note</translation>
    </message>
    <message>
        <source>&amp;There is no password</source>
        <translation>&amp;Non c&apos;è nessuna password</translation>
    </message>
</context>
<context>
    <name>PastedPassword</name>
    <message>
        <source>It starts with a space or a tab: remove it.</source>
        <translation>Comincia con uno spazio o una tabulazione: toglilo.</translation>
    </message>
    <message>
        <source>It ends with a space or a tab: remove it.</source>
        <translation>Finisce con uno spazio o una tabulazione: toglilo.</translation>
    </message>
    <message>
        <source>There is a space inside it (position: {where}).</source>
        <translation>C&apos;è uno spazio all&apos;interno (posizione: {where}).</translation>
    </message>
    <message>
        <source>It contains an invisible character: {names} (position: {where}).</source>
        <translation>Contiene un carattere invisibile: {names} (posizione: {where}).</translation>
    </message>
    <message>
        <source>It contains a line break (position: {where}).</source>
        <translation>Contiene un a capo (posizione: {where}).</translation>
    </message>
    <message>
        <source>It contains a letter from another alphabet that looks like a Latin one: {names} (position: {where}).</source>
        <translation>Contiene una lettera di un altro alfabeto che sembra una lettera latina: {names} (posizione: {where}).</translation>
    </message>
    <message>
        <source>All its letters are capitals: is Caps Lock on?</source>
        <translation>Sono tutte lettere maiuscole: è attivo il Bloc Maiusc?</translation>
    </message>
    <message>
        <source>Nothing was pasted.</source>
        <translation>Non hai incollato niente.</translation>
    </message>
    <message>
        <source>zero-width space</source>
        <translation>spazio invisibile</translation>
    </message>
    <message>
        <source>non-breaking space</source>
        <translation>spazio indivisibile</translation>
    </message>
    <message>
        <source>special space (wider or narrower)</source>
        <translation>spazio speciale (più largo o più stretto)</translation>
    </message>
    <message>
        <source>invisible hyphen</source>
        <translation>trattino invisibile</translation>
    </message>
    <message>
        <source>text direction mark</source>
        <translation>segno di direzione del testo</translation>
    </message>
    <message>
        <source>control character</source>
        <translation>carattere di controllo</translation>
    </message>
    <message>
        <source>blank filler</source>
        <translation>carattere di riempimento vuoto</translation>
    </message>
    <message>
        <source>invisible formatting character</source>
        <translation>carattere di formattazione invisibile</translation>
    </message>
    <message>
        <source>Cyrillic letter</source>
        <translation>lettera cirillica</translation>
    </message>
    <message>
        <source>Greek letter</source>
        <translation>lettera greca</translation>
    </message>
    <message>
        <source>full-width letter or digit</source>
        <translation>lettera o cifra a larghezza piena</translation>
    </message>
    <message>
        <source>decorative letter or digit (“fancy text”)</source>
        <translation>lettera o cifra decorativa (“fancy text”)</translation>
    </message>
    <message>
        <source>symbol drawn like a letter</source>
        <translation>simbolo che sembra una lettera</translation>
    </message>
</context>
<context>
    <name>PastedPasswordPage</name>
    <message>
        <source>&amp;Paste here:</source>
        <translation>&amp;Incolla qui:</translation>
    </message>
    <message>
        <source>What you paste stays on this computer: it is never shown, never saved, and it is erased as soon as you leave this page (from the clipboard too).</source>
        <translation>Quello che incolli resta su questo computer: non viene mai mostrato né salvato, e viene cancellato appena lasci questa pagina (anche dagli appunti).</translation>
    </message>
    <message>
        <source>A clipboard history keeps its own copy, which this app cannot erase: Windows&apos; history (Windows key + V), a clipboard manager, or a phone that shares the clipboard. If you use one, delete the password from it yourself.</source>
        <translation>Una cronologia degli appunti ne tiene una copia propria, che questa app non può cancellare: la cronologia di Windows (tasto Windows + V), un gestore degli appunti o un telefono che condivide gli appunti. Se ne usi uno, cancella tu la password da lì.</translation>
    </message>
    <message>
        <source>Nothing wrong found: no spaces, invisible characters or look-alike letters. If it still fails, the password itself may be wrong.</source>
        <translation>Non ho trovato niente che non va: nessuno spazio, nessun carattere invisibile, nessuna lettera che sembra uguale ma non lo è. Se l&apos;accesso non riesce ancora, forse è sbagliata proprio la password.</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <source>Step {number} of {total}</source>
        <translation>Passo {number} di {total}</translation>
    </message>
    <message>
        <source>{job}: step {number} of {total}, {title}.</source>
        <translation>{job}: passo {number} di {total}, {title}.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avanzamento</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Cerca in:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>File di &amp;tipo:</translation>
    </message>
</context>
<context>
    <name>RecoveryCredentialsPage</name>
    <message>
        <source>&amp;Which account?</source>
        <translation>&amp;Quale account?</translation>
    </message>
    <message>
        <source>The name you gave it, e.g. “Shop”</source>
        <translation>Il nome che gli hai dato, per esempio “Negozio”</translation>
    </message>
</context>
<context>
    <name>RefusedPage</name>
    <message>
        <source>Amazon refused the closure</source>
        <translation>Amazon ha rifiutato la chiusura</translation>
    </message>
    <message>
        <source>It happens: fix what Amazon asks for, then try again.</source>
        <translation>Può succedere: sistema quello che chiede Amazon, poi riprova.</translation>
    </message>
    <message>
        <source>Amazon&apos;s &amp;reasons, in its own words:</source>
        <translation>I &amp;motivi di Amazon, con le sue parole:</translation>
    </message>
    <message>
        <source>Copy or summarise the reasons from the message.</source>
        <translation>Copia o riassumi i motivi scritti nel messaggio.</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>Account Assistant reminder</source>
        <translation>Promemoria di Assistente Account</translation>
    </message>
    <message>
        <source>Tomorrow ({date}) is the last day to confirm the closure of “{account}”. Look for Amazon&apos;s e-mail or text message and press its link.</source>
        <translation>Domani ({date}) è l&apos;ultimo giorno per confermare la chiusura di “{account}”. Cerca l&apos;e-mail o l&apos;SMS di Amazon e apri il link che contiene.</translation>
    </message>
    <message>
        <source>Today ({date}) is the last day to confirm the closure of “{account}”. Look for Amazon&apos;s e-mail or text message and press its link.</source>
        <translation>Oggi ({date}) è l&apos;ultimo giorno per confermare la chiusura di “{account}”. Cerca l&apos;e-mail o l&apos;SMS di Amazon e apri il link che contiene.</translation>
    </message>
    <message>
        <source>Look in your inbox: Amazon usually answers within 12 hours, at most in a couple of days, about the identity document for “{account}”.</source>
        <translation>Controlla la posta: di solito Amazon risponde entro 12 ore, al massimo in un paio di giorni, sul documento d&apos;identità per “{account}”.</translation>
    </message>
    <message>
        <source>By today ({date}) Amazon should have answered about the identity document for “{account}”. No e-mail, not even in the spam folder? Contact Seller Support.</source>
        <translation>Entro oggi ({date}) Amazon dovrebbe aver risposto sul documento d&apos;identità inviato per “{account}”. Nessuna e-mail, nemmeno nella cartella dello spam? Contatta il Supporto venditori.</translation>
    </message>
    <message>
        <source>The deadline to confirm the closure of “{account}” has passed, and it was not marked as confirmed here. If you did confirm it in time, select it in your list and press “I did confirm it in time”; if not, the request is void: press “Start again”.</source>
        <translation>La scadenza per confermare la chiusura di “{account}” è passata, e qui non risulta confermata. Se l&apos;hai confermata in tempo, seleziona la pratica nel tuo elenco e premi “L&apos;ho confermata in tempo”; altrimenti la richiesta non vale più: premi “Ricomincia”.</translation>
    </message>
    <message>
        <source>{account}: {state}, {left}</source>
        <translation>{account}: {state}, {left}</translation>
    </message>
    <message>
        <source>{account}: {state}</source>
        <translation>{account}: {state}</translation>
    </message>
    <message>
        <source>These cases need your attention:</source>
        <translation>Queste pratiche hanno bisogno della tua attenzione:</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Promemoria</translation>
    </message>
    <message>
        <source>Account Assistant</source>
        <translation>Assistente Account</translation>
    </message>
    <message>
        <source>Open Account Assistant</source>
        <translation>Apri Assistente Account</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Esci</translation>
    </message>
    <message>
        <source>{count} reminders: {first}</source>
        <translation>{count} promemoria: {first}</translation>
    </message>
</context>
<context>
    <name>RequestPage</name>
    <message>
        <source>Send the request in Seller Central</source>
        <translation>Invia la richiesta in Seller Central</translation>
    </message>
    <message>
        <source>Send the request on Amazon&apos;s page</source>
        <translation>Invia la richiesta sulla pagina di Amazon</translation>
    </message>
    <message>
        <source>Follow these steps in your browser, then come back here.</source>
        <translation>Segui questi passaggi nel tuo browser, poi torna qui.</translation>
    </message>
    <message>
        <source>&amp;Open Amazon&apos;s help on closing a seller account</source>
        <translation>Apri l&apos;Aiuto di Amazon sulla &amp;chiusura di un account venditore</translation>
    </message>
    <message>
        <source>&amp;Open the closure page of {store}</source>
        <translation>Apri la pagina di &amp;chiusura di {store}</translation>
    </message>
    <message>
        <source>I have &amp;sent the request, on</source>
        <translation>Ho &amp;inviato la richiesta, il giorno</translation>
    </message>
    <message>
        <source>Day you sent the request</source>
        <translation>Giorno in cui hai inviato la richiesta</translation>
    </message>
    <message>
        <source>Not sent yet? Press Finish: the case stays in your list as a draft, and you can carry on from there.</source>
        <translation>Non l&apos;hai ancora inviata? Premi “Fine”: la pratica resta nel tuo elenco come bozza e potrai continuare da lì.</translation>
    </message>
    <message>
        <source>Please check the date</source>
        <translation>Controlla la data</translation>
    </message>
</context>
<context>
    <name>SellerOutcomePage</name>
    <message>
        <source>What did Amazon answer?</source>
        <translation>Che cosa ha risposto Amazon?</translation>
    </message>
    <message>
        <source>The answer comes by e-mail, or by text message if you asked for that.</source>
        <translation>La risposta arriva per e-mail, o per SMS se l&apos;hai chiesto.</translation>
    </message>
    <message>
        <source>Amazon either asks you to confirm the closure with a link, or refuses it and says why and what to do next.</source>
        <translation>Amazon ti chiede di confermare la chiusura con un link, oppure la rifiuta e ti spiega perché e che cosa fare.</translation>
    </message>
    <message>
        <source>I received a request to confirm the closure</source>
        <translation>Ho ricevuto una richiesta di confermare la chiusura</translation>
    </message>
    <message>
        <source>No answer yet: I will watch for the confirmation request</source>
        <translation>Ancora nessuna risposta: aspetterò la richiesta di conferma</translation>
    </message>
    <message>
        <source>Amazon refused, and gave reasons</source>
        <translation>Amazon ha rifiutato e ha spiegato i motivi</translation>
    </message>
</context>
<context>
    <name>SellerRecovery</name>
    <message>
        <source>Did this solve it?</source>
        <translation>Il problema è risolto?</translation>
    </message>
    <message>
        <source>Yes, I can sign in now</source>
        <translation>Sì, ora riesco ad accedere</translation>
    </message>
    <message>
        <source>No, I still cannot sign in</source>
        <translation>No, non riesco ancora ad accedere</translation>
    </message>
    <message>
        <source>Check 1 of 8: the right e-mail and password?</source>
        <translation>Controllo 1 di 8: e-mail e password giuste?</translation>
    </message>
    <message>
        <source>One e-mail used for several accounts is a classic mix-up.</source>
        <translation>La stessa e-mail usata per più account crea spesso confusione.</translation>
    </message>
    <message>
        <source>Sign in with the e-mail address of this seller account and its own password. If the same e-mail also opens a customer account or another seller account, it is easy to use the password of the wrong one.</source>
        <translation>Accedi con l&apos;indirizzo e-mail di questo account venditore e con la sua password. Se con la stessa e-mail apri anche un account cliente o un altro account venditore, è facile usare la password dell&apos;account sbagliato.</translation>
    </message>
    <message>
        <source>Check 2 of 8: a pasted password</source>
        <translation>Controllo 2 di 8: una password incollata</translation>
    </message>
    <message>
        <source>Copy and paste can add a space or an invisible character.</source>
        <translation>Con il copia e incolla può aggiungersi uno spazio o un carattere invisibile.</translation>
    </message>
    <message>
        <source>Type the password by hand instead. Or paste it in the field below: I tell you what is wrong with it, without showing it.</source>
        <translation>Scrivi invece la password a mano. Oppure incollala nel campo qui sotto: ti dico io che cosa non va, senza mostrarla.</translation>
    </message>
    <message>
        <source>Check 3 of 8: the verification code</source>
        <translation>Controllo 3 di 8: il codice di verifica</translation>
    </message>
    <message>
        <source>Seller Central always asks for a code after the password.</source>
        <translation>Dopo la password, Seller Central chiede sempre un codice.</translation>
    </message>
    <message>
        <source>If you asked for several codes in a short time, only the latest one works: the older ones give an error.</source>
        <translation>Se hai chiesto più codici in poco tempo, funziona solo l&apos;ultimo: quelli precedenti danno errore.</translation>
    </message>
    <message>
        <source>No code on your phone? On the code page choose “Didn&apos;t receive the code?”: it is sent by your backup method instead.</source>
        <translation>Il codice non arriva sul telefono? Nella pagina del codice scegli “Non hai ricevuto il codice?”: ti verrà mandato con il tuo metodo di riserva.</translation>
    </message>
    <message>
        <source>Check 4 of 8: no code at all</source>
        <translation>Controllo 4 di 8: nessun codice</translation>
    </message>
    <message>
        <source>A lost phone or a changed number: prove who you are instead.</source>
        <translation>Telefono perso o numero cambiato? Dimostra chi sei in un altro modo.</translation>
    </message>
    <message>
        <source>On the code page choose “Didn&apos;t receive the code?”, then the option to reset two-step verification.</source>
        <translation>Nella pagina del codice scegli “Non hai ricevuto il codice?”, poi l&apos;opzione per reimpostare la verifica in due passaggi.</translation>
    </message>
    <message>
        <source>Follow the instructions and send a photo of a valid identity document.</source>
        <translation>Segui le istruzioni e invia la foto di un documento d&apos;identità valido.</translation>
    </message>
    <message>
        <source>Amazon answers by e-mail, usually within 12 hours and at most in a couple of days. Two-step verification is then switched off: sign in with your password alone.</source>
        <translation>Amazon risponde per e-mail, di solito entro 12 ore e al massimo in un paio di giorni. A quel punto la verifica in due passaggi viene disattivata: accedi solo con la password.</translation>
    </message>
    <message>
        <source>Once you are in, set up two-step verification again at once.</source>
        <translation>Appena sei dentro, riattiva subito la verifica in due passaggi.</translation>
    </message>
    <message>
        <source>Seller Support cannot skip this identity check for you.</source>
        <translation>Il Supporto venditori non può farti saltare questa verifica dell&apos;identità.</translation>
    </message>
    <message>
        <source>Check 5 of 8: cookies and cache</source>
        <translation>Controllo 5 di 8: cookie e cache</translation>
    </message>
    <message>
        <source>Old data kept by the browser can break the sign-in.</source>
        <translation>I vecchi dati conservati dal browser possono impedire l&apos;accesso.</translation>
    </message>
    <message>
        <source>Delete the cookies and the cached files, close the browser, open it again and retry. Or try another browser, or another device.</source>
        <translation>Cancella i cookie e i file nella cache, chiudi il browser, riaprilo e riprova. Oppure prova con un altro browser o con un altro dispositivo.</translation>
    </message>
    <message>
        <source>Chrome: Settings, Privacy and security, Delete browsing data; tick cookies and cached images and files.</source>
        <translation>Chrome: Impostazioni, Privacy e sicurezza, Elimina dati di navigazione; spunta cookie e immagini e file memorizzati nella cache.</translation>
    </message>
    <message>
        <source>Firefox: Settings, Privacy &amp; Security, Cookies and Site Data, Clear Data.</source>
        <translation>Firefox: Impostazioni, Privacy e sicurezza, Cookie e dati dei siti web, Elimina dati.</translation>
    </message>
    <message>
        <source>Edge: Settings, Privacy, search and services, Clear browsing data, Choose what to clear.</source>
        <translation>Edge: Impostazioni, Privacy, ricerca e servizi, Cancella dati delle esplorazioni, Scegli gli elementi da cancellare.</translation>
    </message>
    <message>
        <source>Safari on a Mac: Settings, Privacy, Manage Website Data, Remove All. On an iPhone: Settings, Safari, Clear History and Website Data.</source>
        <translation>Safari su Mac: Impostazioni, Privacy, Gestisci dati siti web, Rimuovi tutto. Su iPhone: Impostazioni, Safari, Cancella dati siti web e cronologia.</translation>
    </message>
    <message>
        <source>Check 6 of 8: does Amazon know this e-mail?</source>
        <translation>Controllo 6 di 8: Amazon conosce questa e-mail?</translation>
    </message>
    <message>
        <source>The account may have been opened with another address.</source>
        <translation>Forse l&apos;account è stato aperto con un altro indirizzo.</translation>
    </message>
    <message>
        <source>Amazon&apos;s sign-in help tells you how to check that your e-mail address is registered. If it is not, try the other addresses you use.</source>
        <translation>L&apos;Aiuto di Amazon per l&apos;accesso ti spiega come controllare se il tuo indirizzo e-mail è registrato. Se non lo è, prova gli altri indirizzi che usi.</translation>
    </message>
    <message>
        <source>Seller Central&apos;s address, to type yourself in your browser&apos;s address bar: sellercentral.{store}</source>
        <translation>L&apos;indirizzo di Seller Central, da scrivere tu nella barra degli indirizzi del browser: sellercentral.{store}</translation>
    </message>
    <message>
        <source>&amp;Open Seller Support</source>
        <translation>Apri il Supporto &amp;venditori</translation>
    </message>
    <message>
        <source>Check 7 of 8: reset the password</source>
        <translation>Controllo 7 di 8: reimposta la password</translation>
    </message>
    <message>
        <source>With the right e-mail, Amazon sends you a way to set a new one.</source>
        <translation>Con l&apos;e-mail giusta, Amazon ti manda il modo per impostarne una nuova.</translation>
    </message>
    <message>
        <source>Open Seller Central by typing its address yourself, sellercentral.{store}, and sign in with the e-mail and the new password. Use the latest verification code.</source>
        <translation>Apri Seller Central scrivendo tu l&apos;indirizzo, sellercentral.{store}, e accedi con l&apos;e-mail e la nuova password. Usa l&apos;ultimo codice di verifica.</translation>
    </message>
    <message>
        <source>Do not open a new seller account: Amazon&apos;s seller help advises against it. Send Seller Support the message below; first fill in the parts in [square brackets].</source>
        <translation>Non aprire un nuovo account venditore: l&apos;Aiuto di Amazon per i venditori lo sconsiglia. Manda al Supporto venditori il messaggio qui sotto; prima completa le parti tra [parentesi quadre].</translation>
    </message>
    <message>
        <source>Enter the e-mail address of the account.</source>
        <translation>Inserisci l&apos;indirizzo e-mail dell&apos;account.</translation>
    </message>
    <message>
        <source>The last try: new password, latest code, a fresh page.</source>
        <translation>L&apos;ultimo tentativo: password nuova, codice più recente, pagina appena aperta.</translation>
    </message>
    <message>
        <source>Use the e-mail Amazon sends to choose a new password; check first that it really comes from Amazon.</source>
        <translation>Usa l&apos;e-mail che ti manda Amazon per scegliere una nuova password; prima controlla che arrivi davvero da Amazon.</translation>
    </message>
    <message>
        <source>A code is valid only for a short time: if yours is not recent, ask for a new one.</source>
        <translation>Un codice vale solo per poco tempo: se il tuo non è recente, chiedine uno nuovo.</translation>
    </message>
    <message>
        <source>Amazon&apos;s help on &amp;two-step verification</source>
        <translation>L&apos;Aiuto di Amazon sulla &amp;verifica in due passaggi</translation>
    </message>
    <message>
        <source>&amp;Open Seller Central&apos;s sign-in help</source>
        <translation>Apri l&apos;Aiuto per l&apos;accesso a Seller &amp;Central</translation>
    </message>
    <message>
        <source>Open the Seller Central sign-in page by typing its address yourself, sellercentral.{store}, and choose “Forgot your password?”.</source>
        <translation>Apri la pagina di accesso di Seller Central scrivendo tu l&apos;indirizzo, sellercentral.{store}, e scegli “Password dimenticata?”.</translation>
    </message>
    <message>
        <source>Check 8 of 8: sign in with the new password</source>
        <translation>Controllo 8 di 8: accedi con la nuova password</translation>
    </message>
    <message>
        <source>Still stuck: contact Seller Support</source>
        <translation>Non funziona ancora: contatta il Supporto venditori</translation>
    </message>
    <message>
        <source>The account may be deactivated, or blocked by Amazon.</source>
        <translation>L&apos;account potrebbe essere disattivato, o bloccato da Amazon.</translation>
    </message>
    <message>
        <source>Good: you are back in Seller Central</source>
        <translation>Bene: sei di nuovo in Seller Central</translation>
    </message>
    <message>
        <source>A few habits keep it from happening again.</source>
        <translation>Qualche abitudine evita che succeda di nuovo.</translation>
    </message>
    <message>
        <source>Keep a note of the e-mail each account uses: I can remember it for you, in your system&apos;s keyring.</source>
        <translation>Annota quale e-mail usa ciascun account: posso ricordarla io per te, nel portachiavi del sistema.</translation>
    </message>
    <message>
        <source>Keep two-step verification on, with a backup method you can always reach.</source>
        <translation>Tieni attiva la verifica in due passaggi, con un metodo di riserva che hai sempre a portata di mano.</translation>
    </message>
    <message>
        <source>Type passwords by hand rather than pasting them.</source>
        <translation>Scrivi le password a mano invece di incollarle.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Welcome</source>
        <translation>Benvenuto</translation>
    </message>
    <message>
        <source>Tell me what you need, and I will guide you one step at a time.</source>
        <translation>Dimmi di che cosa hai bisogno e ti guiderò un passo alla volta.</translation>
    </message>
    <message>
        <source>I never ask for your password and I never go online by myself: when you need an Amazon page, I open the official one in your browser.</source>
        <translation>Non ti chiedo mai la password e non mi collego mai a Internet da solo: quando ti serve una pagina di Amazon, apro quella ufficiale nel tuo browser.</translation>
    </message>
    <message>
        <source>What do you need to do?</source>
        <translation>Che cosa devi fare?</translation>
    </message>
    <message>
        <source>Which Amazon store do you use?</source>
        <translation>Quale negozio Amazon usi?</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Account Assistant cannot start</source>
        <translation>Assistente Account non può partire</translation>
    </message>
    <message>
        <source>The data folder {path} cannot be created ({reason}). Choose another folder with --data-dir.</source>
        <translation>Non è possibile creare la cartella dei dati {path} ({reason}). Scegli un&apos;altra cartella con --data-dir.</translation>
    </message>
    <message>
        <source>Account Assistant is already open</source>
        <translation>Assistente Account è già aperto</translation>
    </message>
    <message>
        <source>Account Assistant is already open with this data folder ({path}). Look for its window: using two at once could mix up your data.</source>
        <translation>Assistente Account è già aperto con questa cartella dei dati ({path}). Cerca la sua finestra: usarne due insieme potrebbe mescolare i tuoi dati.</translation>
    </message>
    <message>
        <source>Account Assistant seems to be open on another computer ({computer}) with this data folder ({path}), which the two computers share. Close it there first. If it is not open anywhere, delete the file {lock} and start Account Assistant again.</source>
        <translation>Assistente Account sembra aperto su un altro computer ({computer}) con questa cartella dei dati ({path}), che i due computer condividono. Chiudilo prima lì. Se non è aperto da nessuna parte, elimina il file {lock} e avvia di nuovo Assistente Account.</translation>
    </message>
    <message>
        <source>The data folder {path} cannot be written. Choose another folder with --data-dir.</source>
        <translation>Non è possibile scrivere nella cartella dei dati {path}. Scegli un&apos;altra cartella con --data-dir.</translation>
    </message>
</context>
<context>
    <name>SupportPage</name>
    <message>
        <source>Language of the message:</source>
        <translation>Lingua del messaggio:</translation>
    </message>
    <message>
        <source>&amp;Copy the message</source>
        <translation>&amp;Copia il messaggio</translation>
    </message>
    <message>
        <source>Message for Seller Support</source>
        <translation>Messaggio per il Supporto venditori</translation>
    </message>
    <message>
        <source>Fill in the parts in square brackets, then copy the message.</source>
        <translation>Completa le parti tra parentesi quadre, poi copia il messaggio.</translation>
    </message>
    <message>
        <source>Write the message again?</source>
        <translation>Riscrivere il messaggio?</translation>
    </message>
    <message>
        <source>You have changed the message. Write it again in Italian? Your changes will be lost.</source>
        <translation>Hai modificato il messaggio. Lo riscrivo in italiano? Le tue modifiche andranno perse.</translation>
    </message>
    <message>
        <source>You have changed the message. Write it again in English? Your changes will be lost.</source>
        <translation>Hai modificato il messaggio. Lo riscrivo in inglese? Le tue modifiche andranno perse.</translation>
    </message>
    <message>
        <source>&amp;Write it again</source>
        <translation>&amp;Riscrivilo</translation>
    </message>
    <message>
        <source>&amp;Keep my text</source>
        <translation>&amp;Tieni il mio testo</translation>
    </message>
    <message>
        <source>Fill in these parts first: {parts}</source>
        <translation>Prima completa queste parti: {parts}</translation>
    </message>
    <message>
        <source>Copied. Paste it into your message to Seller Support.</source>
        <translation>Copiato. Incollalo nel tuo messaggio al Supporto venditori.</translation>
    </message>
</context>
</TS>
