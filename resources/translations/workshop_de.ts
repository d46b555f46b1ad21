<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name></name>
    <message>
        <source>This link is no longer valid. Ask the facilitator for yours.</source>
        <translation>Dieser Link ist nicht mehr gültig. Bitten Sie die Moderation um Ihren Link.</translation>
    </message>
    <message>
        <source>The answer could not be read.</source>
        <translation>Die Antwort konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>You said you are done; ask the facilitator to reopen.</source>
        <translation>Sie haben angegeben, fertig zu sein; bitten Sie die Moderation, wieder zu öffnen.</translation>
    </message>
    <message>
        <source>That is not one of your questions.</source>
        <translation>Diese Frage gehört nicht zu Ihren Fragen.</translation>
    </message>
    <message>
        <source>{name}: answer to {question}</source>
        <translation>{name}: Antwort auf {question}</translation>
    </message>
    <message>
        <source>{name} is done</source>
        <translation>{name} ist fertig</translation>
    </message>
    <message>
        <source>Cannot listen on {host} port {port}: {why}. Choose another address or port.</source>
        <translation>Auf {host}, Port {port} kann nicht gewartet werden: {why}. Wählen Sie eine andere Adresse oder einen anderen Port.</translation>
    </message>
    <message>
        <source>Too many wrong links; wait a minute.</source>
        <translation>Zu viele ungültige Links; warten Sie eine Minute.</translation>
    </message>
    <message>
        <source>Answering has stopped for now.</source>
        <translation>Die Beantwortung ist vorerst beendet.</translation>
    </message>
    <message>
        <source>Refused: open the link exactly as it was given.</source>
        <translation>Abgelehnt: Öffnen Sie den Link genau so, wie Sie ihn erhalten haben.</translation>
    </message>
    <message>
        <source>This link is not valid. Ask the facilitator for yours.</source>
        <translation>Dieser Link ist ungültig. Bitten Sie die Moderation um Ihren Link.</translation>
    </message>
    <message>
        <source>Refused: the request came from another site.</source>
        <translation>Abgelehnt: Die Anfrage kam von einer anderen Website.</translation>
    </message>
    <message>
        <source>Refused: reload the page and try again.</source>
        <translation>Abgelehnt: Laden Sie die Seite neu und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The answer must be sent as JSON.</source>
        <translation>Die Antwort muss als JSON gesendet werden.</translation>
    </message>
    <message>
        <source>The answer is too long.</source>
        <translation>Die Antwort ist zu lang.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New workshop…</source>
        <translation>&amp;Neuer Workshop…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Open the &amp;demo workshop</source>
        <translation>&amp;Demo-Workshop öffnen</translation>
    </message>
    <message>
        <source>Save a &amp;Copy As…</source>
        <translation>&amp;Kopie speichern unter…</translation>
    </message>
    <message>
        <source>Import &amp;answers (CSV)…</source>
        <translation>&amp;Antworten importieren (CSV)…</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>Aus Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>Import &amp;pre-work workbook…</source>
        <translation>&amp;Vorbereitungsarbeitsmappe importieren…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Sch&amp;ließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Edit the &amp;questionnaire…</source>
        <translation>&amp;Fragebogen bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>&amp;Präsentationsmodus</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <source>&amp;Glossary of the questionnaire</source>
        <translation>&amp;Glossar des Fragebogens</translation>
    </message>
    <message>
        <source>&amp;About Partnership Workshop</source>
        <translation>Ü&amp;ber Partnership Workshop</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Unerwarteter Fehler</translation>
    </message>
    <message>
        <source>Something went wrong inside Partnership Workshop. Your last saved change is safe in the workshop file; the app keeps running. Please send the details below to your support contact.</source>
        <translation>In Partnership Workshop ist ein Fehler aufgetreten. Ihre letzte gespeicherte Änderung ist in der Workshop-Datei sicher; die Anwendung läuft weiter. Bitte senden Sie die folgenden Details an Ihren Support-Kontakt.</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Fehlerdetails</translation>
    </message>
    <message>
        <source>(no log file)</source>
        <translation>(keine Protokolldatei)</translation>
    </message>
    <message>
        <source>Log file: {path}</source>
        <translation>Protokolldatei: {path}</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Details kopieren</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>No owner: nobody decides and nobody has joint approval.</source>
        <translation>Keine Zuständigkeit: Niemand entscheidet und niemand hat ein gemeinsames Zustimmungsrecht.</translation>
    </message>
    <message>
        <source>Two or more partners decide alone: say who has the final word.</source>
        <translation>Zwei oder mehr Partner entscheiden allein: Legen Sie fest, wer das letzte Wort hat.</translation>
    </message>
    <message>
        <source>One partner decides alone but the decision is also marked joint approval: keep one.</source>
        <translation>Ein Partner entscheidet allein, die Entscheidung ist aber auch als gemeinsame Zustimmung markiert: Behalten Sie eines davon.</translation>
    </message>
    <message>
        <source>Only one partner is marked for joint approval: joint approval needs at least two partners.</source>
        <translation>Nur ein Partner ist für gemeinsame Zustimmung markiert: Gemeinsame Zustimmung erfordert mindestens zwei Partner.</translation>
    </message>
    <message>
        <source>The last workshop, {path}, is no longer there.</source>
        <translation>Der zuletzt verwendete Workshop, {path}, ist nicht mehr vorhanden.</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Glossar</translation>
    </message>
    <message>
        <source>This questionnaire has no glossary.</source>
        <translation>Dieser Fragebogen hat kein Glossar.</translation>
    </message>
    <message>
        <source>does not know (no position)</source>
        <translation>weiß es nicht (keine Position)</translation>
    </message>
    <message>
        <source>no answers</source>
        <translation>keine Antworten</translation>
    </message>
    <message>
        <source>; {n} said don&apos;t know</source>
        <translation>; {n} antworteten „weiß nicht“</translation>
    </message>
    <message>
        <source>Defined {value} (0% not discussed, 100% agreed in writing)</source>
        <translation>Definiert zu {value} (0 % nicht besprochen, 100 % schriftlich vereinbart)</translation>
    </message>
    <message>
        <source>{n} answered</source>
        <translation>{n} Antworten</translation>
    </message>
    <message>
        <source>, consensus {value}</source>
        <translation>, Konsens {value}</translation>
    </message>
    <message>
        <source>answers</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>median {value}; answers: {spread} ({people})</source>
        <translation>Median {value}; Antworten: {spread} ({people})</translation>
    </message>
    <message>
        <source>mean rank: {parts} ({people})</source>
        <translation>mittlerer Rang: {parts} ({people})</translation>
    </message>
    <message>
        <source>Program baseline: architecture</source>
        <translation>Programm-Baseline: Architektur</translation>
    </message>
    <message>
        <source>design vs industrialization</source>
        <translation>Konstruktion vs. Industrialisierung</translation>
    </message>
    <message>
        <source>Program baseline: cost</source>
        <translation>Programm-Baseline: Kosten</translation>
    </message>
    <message>
        <source>engineering vs purchasing</source>
        <translation>Entwicklung vs. Einkauf</translation>
    </message>
    <message>
        <source>Program baseline: timing</source>
        <translation>Programm-Baseline: Termine</translation>
    </message>
    <message>
        <source>Change control of the program baselines</source>
        <translation>Änderungssteuerung der Programm-Baselines</translation>
    </message>
    <message>
        <source>Deviations from the baseline</source>
        <translation>Abweichungen von der Baseline</translation>
    </message>
    <message>
        <source>Quality and standards disputes</source>
        <translation>Streitfälle zu Qualität und Standards</translation>
    </message>
    <message>
        <source>Design to industrialization hand-over</source>
        <translation>Übergabe von der Konstruktion an die Industrialisierung</translation>
    </message>
    <message>
        <source>Supplier selection</source>
        <translation>Lieferantenauswahl</translation>
    </message>
    <message>
        <source>Hardware vs software release scope</source>
        <translation>Release-Umfang Hardware vs. Software</translation>
    </message>
    <message>
        <source>hardware vs software</source>
        <translation>Hardware vs. Software</translation>
    </message>
    <message>
        <source>Regional vs global variants</source>
        <translation>Regionale vs. globale Varianten</translation>
    </message>
    <message>
        <source>global vs regional</source>
        <translation>global vs. regional</translation>
    </message>
    <message>
        <source>Speed vs customization trade-offs</source>
        <translation>Zielkonflikte Geschwindigkeit vs. Individualisierung</translation>
    </message>
    <message>
        <source>Cost vs performance trade-offs</source>
        <translation>Zielkonflikte Kosten vs. Leistung</translation>
    </message>
    <message>
        <source>Dispute resolution between partners</source>
        <translation>Streitbeilegung zwischen den Partnern</translation>
    </message>
    <message>
        <source>Workshop damaged</source>
        <translation>Workshop beschädigt</translation>
    </message>
    <message>
        <source>{problem}

Put the newest healthy backup in its place now? The damaged file is kept in the backup folder.</source>
        <translation>{problem}

Die neueste intakte Sicherung jetzt an ihre Stelle setzen? Die beschädigte Datei wird im Sicherungsordner aufbewahrt.</translation>
    </message>
    <message>
        <source>Backup not restored</source>
        <translation>Sicherung nicht wiederhergestellt</translation>
    </message>
    <message>
        <source>competitively sensitive: share only within the clean-team rules</source>
        <translation>wettbewerbssensibel: nur im Rahmen der Clean-Team-Regeln teilen</translation>
    </message>
    <message>
        <source> … (full text in the full report)</source>
        <translation> … (vollständiger Text im vollständigen Bericht)</translation>
    </message>
    <message>
        <source>Leadership summary</source>
        <translation>Zusammenfassung für die Geschäftsleitung</translation>
    </message>
    <message>
        <source>Full workshop report</source>
        <translation>Vollständiger Workshop-Bericht</translation>
    </message>
    <message>
        <source>bn</source>
        <translation>Mrd.</translation>
    </message>
    <message>
        <source>m</source>
        <translation>Mio.</translation>
    </message>
    <message>
        <source>a participant</source>
        <translation>eine teilnehmende Person</translation>
    </message>
    <message>
        <source>{partner} promises {peak} {unit} against {capacity} declared</source>
        <translation>{partner} sagt {peak} {unit} zu, bei angegebenen {capacity}</translation>
    </message>
    <message>
        <source>No partners yet</source>
        <translation>Noch keine Partner</translation>
    </message>
    <message>
        <source>date not set</source>
        <translation>Datum nicht festgelegt</translation>
    </message>
    <message>
        <source>Facilitator: </source>
        <translation>Moderation: </translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <source>Not labelled</source>
        <translation>Ohne Vertraulichkeitsvermerk</translation>
    </message>
    <message>
        <source>To decide before signing</source>
        <translation>Vor der Unterzeichnung zu entscheiden</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Nächste Schritte</translation>
    </message>
    <message>
        <source>of</source>
        <translation>von</translation>
    </message>
    <message>
        <source>Alignment index</source>
        <translation>Abstimmungsindex</translation>
    </message>
    <message>
        <source>mean of the element scores, 0 = none, 100 = full agreement</source>
        <translation>Mittel der Elementwerte, 0 = keine, 100 = volle Übereinstimmung</translation>
    </message>
    <message>
        <source>not available: no scored answers from two or more partners yet</source>
        <translation>nicht verfügbar: noch keine bewerteten Antworten von zwei oder mehr Partnern</translation>
    </message>
    <message>
        <source>Definition index</source>
        <translation>Definitionsindex</translation>
    </message>
    <message>
        <source>how far the terms are defined, 0 = not discussed, 100 = agreed in writing</source>
        <translation>wie weit die Bedingungen definiert sind, 0 = nicht besprochen, 100 = schriftlich vereinbart</translation>
    </message>
    <message>
        <source>not available: no definition question answered yet</source>
        <translation>nicht verfügbar: noch keine Definitionsfrage beantwortet</translation>
    </message>
    <message>
        <source>Readiness checks passed</source>
        <translation>Bestandene Bereitschaftsprüfungen</translation>
    </message>
    <message>
        <source>{value}% of the checks before the term sheet</source>
        <translation>{value} % der Prüfungen vor dem Term Sheet</translation>
    </message>
    <message>
        <source>Gaps not resolved</source>
        <translation>Ungelöste Lücken</translation>
    </message>
    <message>
        <source>of {n} gaps: partners differ, nobody has defined it, or a partner does not know</source>
        <translation>von {n} Lücken: Partner weichen ab, niemand hat es definiert oder ein Partner weiß es nicht</translation>
    </message>
    <message>
        <source>discussed, not agreed</source>
        <translation>besprochen, nicht vereinbart</translation>
    </message>
    <message>
        <source>No gap blocks signing: every question below the gap threshold is resolved.</source>
        <translation>Keine Lücke verhindert die Unterzeichnung: Jede Frage unter der Lückenschwelle ist gelöst.</translation>
    </message>
    <message>
        <source>No gaps: no question is below the gap threshold, or too few answers are in yet.</source>
        <translation>Keine Lücken: Keine Frage liegt unter der Lückenschwelle, oder es liegen noch zu wenige Antworten vor.</translation>
    </message>
    <message>
        <source>Gaps that block signing</source>
        <translation>Lücken, die die Unterzeichnung verhindern</translation>
    </message>
    <message>
        <source>Gaps that block signing ({n})</source>
        <translation>Lücken, die die Unterzeichnung verhindern ({n})</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Lücke</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Where each partner stands</source>
        <translation>Wo jeder Partner steht</translation>
    </message>
    <message>
        <source>{n} more open gaps are listed under “{section}”.</source>
        <translation>{n} weitere offene Lücken stehen unter „{section}“.</translation>
    </message>
    <message>
        <source>Alignment by element</source>
        <translation>Abstimmung nach Element</translation>
    </message>
    <message>
        <source>{n} more under “{section}”.</source>
        <translation>{n} weitere unter „{section}“.</translation>
    </message>
    <message>
        <source>Readiness checks not passed ({n})</source>
        <translation>Nicht bestandene Bereitschaftsprüfungen ({n})</translation>
    </message>
    <message>
        <source>Capacity overloads ({n})</source>
        <translation>Kapazitätsüberschreitungen ({n})</translation>
    </message>
    <message>
        <source>Contributions by partner</source>
        <translation>Beiträge nach Partner</translation>
    </message>
    <message>
        <source>Decision-rights conflicts ({n})</source>
        <translation>Konflikte bei Entscheidungsrechten ({n})</translation>
    </message>
    <message>
        <source>Decision rights</source>
        <translation>Entscheidungsrechte</translation>
    </message>
    <message>
        <source>No open actions, gaps or readiness checks.</source>
        <translation>Keine offenen Maßnahmen, Lücken oder Bereitschaftsprüfungen.</translation>
    </message>
    <message>
        <source>owner not named yet</source>
        <translation>noch keine verantwortliche Person benannt</translation>
    </message>
    <message>
        <source>due {date}</source>
        <translation>fällig {date}</translation>
    </message>
    <message>
        <source>no date yet</source>
        <translation>noch kein Datum</translation>
    </message>
    <message>
        <source>No scored answers yet</source>
        <translation>Noch keine bewerteten Antworten</translation>
    </message>
    <message>
        <source>gap threshold</source>
        <translation>Lückenschwelle</translation>
    </message>
    <message>
        <source>not scored yet</source>
        <translation>noch nicht bewertet</translation>
    </message>
    <message>
        <source>Joint venture</source>
        <translation>Joint Venture</translation>
    </message>
    <message>
        <source>And {n} more in the full report.</source>
        <translation>Und {n} weitere im vollständigen Bericht.</translation>
    </message>
    <message>
        <source>{report} of the partnership workshop {title}</source>
        <translation>{report} des Partnerschafts-Workshops {title}</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Page {n} of {total}</source>
        <translation>Seite {n} von {total}</translation>
    </message>
    <message>
        <source>Readiness checks</source>
        <translation>Bereitschaftsprüfungen</translation>
    </message>
    <message>
        <source>No readiness checks.</source>
        <translation>Keine Bereitschaftsprüfungen.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Fehlt</translation>
    </message>
    <message>
        <source>Questions in detail</source>
        <translation>Fragen im Detail</translation>
    </message>
    <message>
        <source>No questions in this section.</source>
        <translation>Keine Fragen in diesem Abschnitt.</translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <source>No answers yet.</source>
        <translation>Noch keine Antworten.</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Answers (identical answers counted once)</source>
        <translation>Antworten (gleiche Antworten einmal gezählt)</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Position (share of people choosing each option)</source>
        <translation>Position (Anteil der Personen je Option)</translation>
    </message>
    <message>
        <source>Position (order by mean rank)</source>
        <translation>Position (Reihenfolge nach mittlerem Rang)</translation>
    </message>
    <message>
        <source>Position (mean share of the points)</source>
        <translation>Position (mittlerer Anteil der Punkte)</translation>
    </message>
    <message>
        <source>{passed} of {total} checks passed.</source>
        <translation>{passed} von {total} Prüfungen bestanden.</translation>
    </message>
    <message>
        <source>Element score {value} of 100.</source>
        <translation>Elementwert {value} von 100.</translation>
    </message>
    <message>
        <source> (text question)</source>
        <translation> (Textfrage)</translation>
    </message>
    <message>
        <source>: fewer than two partners answered</source>
        <translation>: weniger als zwei Partner haben geantwortet</translation>
    </message>
    <message>
        <source>Alignment {value} of 100</source>
        <translation>Abstimmung {value} von 100</translation>
    </message>
    <message>
        <source>furthest apart: {pair}</source>
        <translation>am weitesten auseinander: {pair}</translation>
    </message>
    <message>
        <source>weight {value}</source>
        <translation>Gewichtung {value}</translation>
    </message>
    <message>
        <source>single voice</source>
        <translation>einzelne Stimme</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>Konsens</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Diskussion</translation>
    </message>
    <message>
        <source>Agreed position</source>
        <translation>Vereinbarte Position</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>No participants recorded yet.</source>
        <translation>Noch keine Teilnehmenden erfasst.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Finished answering</source>
        <translation>Beantwortung abgeschlossen</translation>
    </message>
    <message>
        <source>Questionnaire: {title} ({id}, version {version}), {n} questions.</source>
        <translation>Fragebogen: {title} ({id}, Version {version}), {n} Fragen.</translation>
    </message>
    <message>
        <source>Answers are shown per partner; no answer is attributed to a person. Long texts and lists are cut here; the full report has all of them.</source>
        <translation>Antworten werden je Partner gezeigt; keine Antwort wird einer Person zugeordnet. Lange Texte und Listen sind hier gekürzt; der vollständige Bericht enthält sie ganz.</translation>
    </message>
    <message>
        <source>Emoji are printed as their name in brackets, e.g. [automobile]: the report fonts have none.</source>
        <translation>Emoji werden als ihr Name in Klammern gedruckt, z. B. [automobile]: Die Schriften des Berichts enthalten keine.</translation>
    </message>
    <message>
        <source>No scored answers yet: alignment needs answers from two or more partners.</source>
        <translation>Noch keine bewerteten Antworten: Für die Abstimmung sind Antworten von zwei oder mehr Partnern nötig.</translation>
    </message>
    <message>
        <source>Scores from 0 (no alignment) to 100 (full agreement). Questions below {threshold} count as gaps.</source>
        <translation>Werte von 0 (keine Abstimmung) bis 100 (volle Übereinstimmung). Fragen unter {threshold} gelten als Lücken.</translation>
    </message>
    <message>
        <source>Partner pair</source>
        <translation>Partnerpaar</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>By partner pair</source>
        <translation>Nach Partnerpaar</translation>
    </message>
    <message>
        <source>Gaps ({n})</source>
        <translation>Lücken ({n})</translation>
    </message>
    <message>
        <source>The {n} largest of {total} gaps</source>
        <translation>Die {n} größten von {total} Lücken</translation>
    </message>
    <message>
        <source>Q</source>
        <translation>F</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>Furthest apart</source>
        <translation>Am weitesten auseinander</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Where a partner&apos;s own team disagrees</source>
        <translation>Wo das eigene Team eines Partners uneins ist</translation>
    </message>
    <message>
        <source>Open (discussed)</source>
        <translation>Offen (besprochen)</translation>
    </message>
    <message>
        <source>No contributions recorded yet.</source>
        <translation>Noch keine Beiträge erfasst.</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Beitrag</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Totals and balance</source>
        <translation>Summen und Bilanz</translation>
    </message>
    <message>
        <source>Gives: the value of what a partner contributes; gets: the value of contributions made to it directly. Contributions to the joint venture as a whole benefit all partners and are listed separately. Amounts are summed per currency, not converted.</source>
        <translation>Gibt: der Wert dessen, was ein Partner beiträgt; erhält: der Wert der Beiträge, die direkt an ihn gehen. Beiträge an das Joint Venture insgesamt kommen allen Partnern zugute und sind gesondert aufgeführt. Beträge werden je Währung summiert, nicht umgerechnet.</translation>
    </message>
    <message>
        <source>Gate: {gate}</source>
        <translation>Gate: {gate}</translation>
    </message>
    <message>
        <source>Tracked by: {metric}</source>
        <translation>Gemessen an: {metric}</translation>
    </message>
    <message>
        <source>Owner: {owner}</source>
        <translation>Verantwortlich: {owner}</translation>
    </message>
    <message>
        <source>Joint venture as a whole</source>
        <translation>Joint Venture insgesamt</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Anz.</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Zugesagt</translation>
    </message>
    <message>
        <source>Gives (value)</source>
        <translation>Gibt (Wert)</translation>
    </message>
    <message>
        <source>Gets (value)</source>
        <translation>Erhält (Wert)</translation>
    </message>
    <message>
        <source>No decision rights recorded yet.</source>
        <translation>Noch keine Entscheidungsrechte erfasst.</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Taken by</source>
        <translation>Getroffen durch</translation>
    </message>
    <message>
        <source>blank: no part in the decision</source>
        <translation>leer: nicht an der Entscheidung beteiligt</translation>
    </message>
    <message>
        <source>Governance</source>
        <translation>Governance</translation>
    </message>
    <message>
        <source>Governance bodies</source>
        <translation>Gremien</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Gremium</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Meets</source>
        <translation>Tagt</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Vorsitz</translation>
    </message>
    <message>
        <source>No governance bodies recorded yet.</source>
        <translation>Noch keine Gremien erfasst.</translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation>{n} Tage</translation>
    </message>
    <message>
        <source>Escalation path</source>
        <translation>Eskalationspfad</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Taken to</source>
        <translation>Vorgelegt bei</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Was geschieht</translation>
    </message>
    <message>
        <source>No escalation path recorded yet.</source>
        <translation>Noch kein Eskalationspfad erfasst.</translation>
    </message>
    <message>
        <source>Review points</source>
        <translation>Überprüfungspunkte</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Überprüfung</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Meilenstein</translation>
    </message>
    <message>
        <source>May decide</source>
        <translation>Mögliche Beschlüsse</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>No review points recorded yet.</source>
        <translation>Noch keine Überprüfungspunkte erfasst.</translation>
    </message>
    <message>
        <source>Exit terms</source>
        <translation>Ausstiegsbedingungen</translation>
    </message>
    <message>
        <source>Renewal timeline</source>
        <translation>Verlängerungszeitplan</translation>
    </message>
    <message>
        <source>Notice period</source>
        <translation>Kündigungsfrist</translation>
    </message>
    <message>
        <source>Obligations after exit</source>
        <translation>Pflichten nach dem Ausstieg</translation>
    </message>
    <message>
        <source>Rules for changes</source>
        <translation>Regeln für Änderungen</translation>
    </message>
    <message>
        <source>No exit terms recorded yet.</source>
        <translation>Noch keine Ausstiegsbedingungen erfasst.</translation>
    </message>
    <message>
        <source>Exit triggers</source>
        <translation>Ausstiegsauslöser</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>No exit triggers recorded yet.</source>
        <translation>Noch keine Ausstiegsauslöser erfasst.</translation>
    </message>
    <message>
        <source>Not agreed yet</source>
        <translation>Noch nicht vereinbart</translation>
    </message>
    <message>
        <source>Created jointly</source>
        <translation>Gemeinsam geschaffen</translation>
    </message>
    <message>
        <source>Shared assets on exit</source>
        <translation>Gemeinsame Assets beim Ausstieg</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Asset</translation>
    </message>
    <message>
        <source>Brought by</source>
        <translation>Eingebracht von</translation>
    </message>
    <message>
        <source>On exit</source>
        <translation>Beim Ausstieg</translation>
    </message>
    <message>
        <source>No shared assets recorded yet.</source>
        <translation>Noch keine gemeinsamen Assets erfasst.</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>No action items recorded yet.</source>
        <translation>Noch keine Maßnahmen erfasst.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Klausel</translation>
    </message>
    <message>
        <source>Clause text</source>
        <translation>Klauseltext</translation>
    </message>
    <message>
        <source>Where the partners stand</source>
        <translation>Wo die Partner stehen</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>Lücken</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>Facilitator&apos;s notes</source>
        <translation>Notizen der Moderation</translation>
    </message>
    <message>
        <source>Not agreed (draft on file: {draft}).</source>
        <translation>Nicht vereinbart (vorliegender Entwurf: {draft}).</translation>
    </message>
    <message>
        <source>Not agreed.</source>
        <translation>Nicht vereinbart.</translation>
    </message>
    <message>
        <source>Not yet defined: no partner has defined this yet.</source>
        <translation>Noch nicht definiert: Kein Partner hat dies bisher definiert.</translation>
    </message>
    <message>
        <source>(Draft on file: {draft})</source>
        <translation>(Vorliegender Entwurf: {draft})</translation>
    </message>
    <message>
        <source> … (shortened: see the app)</source>
        <translation> … (gekürzt: siehe App)</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Beiträge</translation>
    </message>
    <message>
        <source>Alignment</source>
        <translation>Abstimmung</translation>
    </message>
    <message>
        <source>{clause} (no row yet)</source>
        <translation>{clause} (noch keine Zeile)</translation>
    </message>
    <message>
        <source>no clause named</source>
        <translation>keine Klausel angegeben</translation>
    </message>
    <message>
        <source>Open items</source>
        <translation>Offene Punkte</translation>
    </message>
    <message>
        <source>What must be settled before signing, with a link to the clause or row each concerns; then the action items.</source>
        <translation>Was vor der Unterzeichnung zu klären ist, mit einem Link auf die jeweilige Klausel oder Zeile; danach die Maßnahmen.</translation>
    </message>
    <message>
        <source>Open gaps ({n})</source>
        <translation>Offene Lücken ({n})</translation>
    </message>
    <message>
        <source>Alignment %</source>
        <translation>Abstimmung %</translation>
    </message>
    <message>
        <source>Clauses</source>
        <translation>Klauseln</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>Was fehlt</translation>
    </message>
    <message>
        <source>Where to fix it</source>
        <translation>Wo es behoben wird</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Declared capacity</source>
        <translation>Angegebene Kapazität</translation>
    </message>
    <message>
        <source>Promised at peak</source>
        <translation>Zugesagt in der Spitze</translation>
    </message>
    <message>
        <source>Overload</source>
        <translation>Überschreitung</translation>
    </message>
    <message>
        <source>Contribution clauses</source>
        <translation>Beitragsklauseln</translation>
    </message>
    <message>
        <source>Capacity overload</source>
        <translation>Kapazitätsüberschreitung</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Action ID</source>
        <translation>Maßnahmen-ID</translation>
    </message>
    <message>
        <source>From gap</source>
        <translation>Aus Lücke</translation>
    </message>
    <message>
        <source>Action items ({n})</source>
        <translation>Maßnahmen ({n})</translation>
    </message>
    <message>
        <source>Takes the decision alone</source>
        <translation>Trifft die Entscheidung allein</translation>
    </message>
    <message>
        <source>The decision needs this party&apos;s approval together with the others marked J</source>
        <translation>Die Entscheidung braucht die Zustimmung dieser Partei zusammen mit den anderen mit J markierten</translation>
    </message>
    <message>
        <source>Is asked before the decision is taken</source>
        <translation>Wird vor der Entscheidung gehört</translation>
    </message>
    <message>
        <source>Is told once the decision is taken</source>
        <translation>Wird nach der Entscheidung informiert</translation>
    </message>
    <message>
        <source>Term sheet: {title}</source>
        <translation>Term Sheet: {title}</translation>
    </message>
    <message>
        <source>Partnership term sheet</source>
        <translation>Term Sheet der Partnerschaft</translation>
    </message>
    <message>
        <source>Draft term sheet from the partnership workshop &apos;{title}&apos;.</source>
        <translation>Entwurf des Term Sheets aus dem Partnerschafts-Workshop „{title}“.</translation>
    </message>
    <message>
        <source>{title}: alignment, readiness and the partners · {confidentiality}</source>
        <translation>{title}: Abstimmung, Bereitschaft und die Partner · {confidentiality}</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Primary purpose</source>
        <translation>Hauptzweck</translation>
    </message>
    <message>
        <source>Secondary purposes</source>
        <translation>Weitere Zwecke</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Moderation</translation>
    </message>
    <message>
        <source>Alignment index (0–100)</source>
        <translation>Abstimmungsindex (0–100)</translation>
    </message>
    <message>
        <source>Definition index (0–100)</source>
        <translation>Definitionsindex (0–100)</translation>
    </message>
    <message>
        <source>Readiness (checks passed)</source>
        <translation>Bereitschaft (bestandene Prüfungen)</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation>Vertraulichkeit</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Kurzname</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Bestanden</translation>
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
        <source>Clause A.x per goals question (head 2 of the heads of terms): agreed where its gap is resolved, open (with each partner&apos;s position) where it is not.</source>
        <translation>Klausel A.x je Zielfrage (Eckpunkt 2): vereinbart, wo die Lücke geschlossen ist, sonst offen (mit der Position jedes Partners).</translation>
    </message>
    <message>
        <source>Aligned: {position}</source>
        <translation>Übereinstimmend: {position}</translation>
    </message>
    <message>
        <source>What each partner brings, in executable terms (clauses B.x; head 4 of the heads of terms). Subtotals below are formulas over the whole table.</source>
        <translation>Was jeder Partner einbringt, in umsetzbaren Bedingungen (Klauseln B.x; Eckpunkt 4). Die Zwischensummen unten sind Formeln über die ganze Tabelle.</translation>
    </message>
    <message>
        <source>Who decides at the seams (clauses C.x; head 6 of the heads of terms). D = decides, J = joint approval, C = consulted, I = informed; the cells offer these codes in a drop-down.</source>
        <translation>Wer an den Schnittstellen entscheidet (Klauseln C.x; Eckpunkt 6). D = entscheidet, J = gemeinsame Zustimmung, C = wird angehört, I = wird informiert; die Zellen bieten diese Codes in einer Auswahlliste an.</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>{partner}: answers</source>
        <translation>{partner}: Antworten</translation>
    </message>
    <message>
        <source>{n} written answers, too long for one cell; see the app.</source>
        <translation>{n} schriftliche Antworten, zu lang für eine Zelle; siehe App.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Milestone gate</source>
        <translation>Meilenstein-Gate</translation>
    </message>
    <message>
        <source>Tracking metric</source>
        <translation>Messgröße</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Für</translation>
    </message>
    <message>
        <source>Valuation</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Subtotals by partner</source>
        <translation>Zwischensummen nach Partner</translation>
    </message>
    <message>
        <source>Valuation subtotal</source>
        <translation>Zwischensumme Bewertung</translation>
    </message>
    <message>
        <source>Seam</source>
        <translation>Schnittstelle</translation>
    </message>
    <message>
        <source>Taken in</source>
        <translation>Getroffen in</translation>
    </message>
    <message>
        <source>Decision-rights conflict</source>
        <translation>Konflikt bei Entscheidungsrechten</translation>
    </message>
    <message>
        <source>Decision right</source>
        <translation>Entscheidungsrecht</translation>
    </message>
    <message>
        <source>Choose D (decides), J (joint approval), C (consulted) or I (informed).</source>
        <translation>Wählen Sie D (entscheidet), J (gemeinsame Zustimmung), C (konsultiert) oder I (informiert).</translation>
    </message>
    <message>
        <source>D, J, C or I</source>
        <translation>D, J, C oder I</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>Was es bedeutet</translation>
    </message>
    <message>
        <source>Cadence</source>
        <translation>Turnus</translation>
    </message>
    <message>
        <source>Time limit (days)</source>
        <translation>Frist (Tage)</translation>
    </message>
    <message>
        <source>May decide to</source>
        <translation>Mögliche Beschlüsse</translation>
    </message>
    <message>
        <source>Bodies, the escalation path and the review points (clauses D.x; heads 6, 7 and 12 of the heads of terms).</source>
        <translation>Gremien, Eskalationspfad und Überprüfungspunkte (Klauseln D.x; Eckpunkte 6, 7 und 12).</translation>
    </message>
    <message>
        <source>Renewal, exit triggers, shared assets and how changes are proposed (clauses E.x; head 12 of the heads of terms).</source>
        <translation>Verlängerung, Ausstiegsgründe, gemeinsame Assets und wie Änderungen vorgeschlagen werden (Klauseln E.x; Eckpunkt 12).</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Bedingungen</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Bedingung</translation>
    </message>
    <message>
        <source>Notice (days)</source>
        <translation>Frist (Tage)</translation>
    </message>
    <message>
        <source>Shared assets</source>
        <translation>Gemeinsame Assets</translation>
    </message>
    <message>
        <source>Element scores per partner pair (0–100, higher = more aligned) and the gaps, most severe first, with the clauses and actions they lead to.</source>
        <translation>Elementwerte je Partnerpaar (0–100, höher = stärker abgestimmt) und die Lücken, die gravierendsten zuerst, mit den Klauseln und Maßnahmen, zu denen sie führen.</translation>
    </message>
    <message>
        <source>Element scores</source>
        <translation>Elementwerte</translation>
    </message>
    <message>
        <source>All partners</source>
        <translation>Alle Partner</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Heads of terms not yet agreed ({n} of 16)</source>
        <translation>Noch nicht vereinbarte Eckpunkte ({n} von 16)</translation>
    </message>
    <message>
        <source>Heads of terms not yet agreed</source>
        <translation>Noch nicht vereinbarte Eckpunkte</translation>
    </message>
    <message>
        <source>Every head of terms is agreed or not applicable.</source>
        <translation>Alle Eckpunkte sind vereinbart oder nicht anwendbar.</translation>
    </message>
    <message>
        <source>{n} of the 16 heads are not yet agreed; the term sheet shows each partner&apos;s position on them. Numbers are those of the term sheet.</source>
        <translation>{n} der 16 Eckpunkte sind noch nicht vereinbart; das Term Sheet zeigt die Position jedes Partners dazu. Die Nummern sind die des Term Sheets.</translation>
    </message>
    <message>
        <source>a partner</source>
        <translation>ein Partner</translation>
    </message>
    <message>
        <source>Proposed by {partner}</source>
        <translation>Vorgeschlagen von {partner}</translation>
    </message>
    <message>
        <source>Open (recorded as agreed)</source>
        <translation>Offen (als vereinbart erfasst)</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Eckpunkt</translation>
    </message>
    <message>
        <source>Open gaps</source>
        <translation>Offene Lücken</translation>
    </message>
    <message>
        <source>See {annex}.</source>
        <translation>Siehe {annex}.</translation>
    </message>
    <message>
        <source>{n} contribution(s): see {annex}.</source>
        <translation>{n} Beitrag/Beiträge: siehe {annex}.</translation>
    </message>
    <message>
        <source>Valuations in {currencies}.</source>
        <translation>Bewertungen in {currencies}.</translation>
    </message>
    <message>
        <source>{n} decision(s), {conflicts} with a conflict: see {annex}.</source>
        <translation>{n} Entscheidung(en), davon {conflicts} mit Konflikt: siehe {annex}.</translation>
    </message>
    <message>
        <source>({n} days)</source>
        <translation>({n} Tage)</translation>
    </message>
    <message>
        <source>(no time limit)</source>
        <translation>(keine Frist)</translation>
    </message>
    <message>
        <source>Within the capacity each partner declared.</source>
        <translation>Innerhalb der von jedem Partner angegebenen Kapazität.</translation>
    </message>
    <message>
        <source>{partner} promises {peak} {unit} against {capacity} declared.</source>
        <translation>{partner} sagt {peak} {unit} zu, angegeben sind {capacity}.</translation>
    </message>
    <message>
        <source>For antitrust review before signing.</source>
        <translation>Vor Unterzeichnung kartellrechtlich zu prüfen.</translation>
    </message>
    <message>
        <source>({n} days&apos; notice)</source>
        <translation>({n} Tage Kündigungsfrist)</translation>
    </message>
    <message>
        <source>Notice: {period}</source>
        <translation>Kündigungsfrist: {period}</translation>
    </message>
    <message>
        <source>no treatment yet</source>
        <translation>noch keine Regelung</translation>
    </message>
    <message>
        <source>Heads of terms: {title}</source>
        <translation>Eckpunkte: {title}</translation>
    </message>
    <message>
        <source>Draft for discussion · {confidentiality}. Part A binds the parties once signed; Part B does not. Clause numbers are fixed: the same number means the same head or point in every version.</source>
        <translation>Entwurf zur Diskussion · {confidentiality}. Teil A bindet die Parteien ab Unterzeichnung, Teil B nicht. Die Klauselnummern sind fest: Dieselbe Nummer bezeichnet in jeder Fassung denselben Eckpunkt oder Unterpunkt.</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Überschrift</translation>
    </message>
    <message>
        <source>Agreed text</source>
        <translation>Vereinbarter Wortlaut</translation>
    </message>
    <message>
        <source>{partner}: position</source>
        <translation>{partner}: Position</translation>
    </message>
    <message>
        <source>Today&apos;s terms (annex)</source>
        <translation>Aktueller Stand (Anlage)</translation>
    </message>
    <message>
        <source>Not applicable.</source>
        <translation>Nicht anwendbar.</translation>
    </message>
    <message>
        <source>Not agreed (draft on file: {text})</source>
        <translation>Nicht vereinbart (Entwurf liegt vor: {text})</translation>
    </message>
    <message>
        <source>Open (recorded as agreed; a linked gap is open)</source>
        <translation>Offen (als vereinbart erfasst; eine verknüpfte Lücke ist offen)</translation>
    </message>
    <message>
        <source>Open: {ids}</source>
        <translation>Offen: {ids}</translation>
    </message>
    <message>
        <source>Linked: {ids}</source>
        <translation>Verknüpft: {ids}</translation>
    </message>
    <message>
        <source>Part A: Binding provisions</source>
        <translation>Teil A: Verbindliche Bestimmungen</translation>
    </message>
    <message>
        <source>Binding provisions</source>
        <translation>Verbindliche Bestimmungen</translation>
    </message>
    <message>
        <source>As in clause 15.4.</source>
        <translation>Wie in Klausel 15.4.</translation>
    </message>
    <message>
        <source>Part A, row {n}</source>
        <translation>Teil A, Zeile {n}</translation>
    </message>
    <message>
        <source>Part B: Heads of terms (not binding)</source>
        <translation>Teil B: Eckpunkte (unverbindlich)</translation>
    </message>
    <message>
        <source>Set out in Part A (A.1–A.5).</source>
        <translation>In Teil A geregelt (A.1–A.5).</translation>
    </message>
    <message>
        <source>Heads of terms, clause {clause}, column &apos;{column}&apos;</source>
        <translation>Eckpunkte, Klausel {clause}, Spalte „{column}“</translation>
    </message>
    <message>
        <source>Heads of terms</source>
        <translation>Eckpunkte</translation>
    </message>
    <message>
        <source>Annex A Goals and scope</source>
        <translation>Anlage A Ziele und Umfang</translation>
    </message>
    <message>
        <source>Annex B Contributions</source>
        <translation>Anlage B Beiträge</translation>
    </message>
    <message>
        <source>Annex C Decision rights</source>
        <translation>Anlage C Entscheidungsrechte</translation>
    </message>
    <message>
        <source>Annex D Governance</source>
        <translation>Anlage D Governance</translation>
    </message>
    <message>
        <source>Annex E Exit and change</source>
        <translation>Anlage E Ausstieg &amp; Änderungen</translation>
    </message>
    <message>
        <source>Annex F Analytics</source>
        <translation>Anlage F Analysen</translation>
    </message>
    <message>
        <source>Annex G Alignment</source>
        <translation>Anlage G Abstimmung</translation>
    </message>
    <message>
        <source>Annex A: Goals and scope</source>
        <translation>Anlage A: Ziele und Umfang</translation>
    </message>
    <message>
        <source>Annex B: Contributions</source>
        <translation>Anlage B: Beiträge</translation>
    </message>
    <message>
        <source>Annex C: Decision rights</source>
        <translation>Anlage C: Entscheidungsrechte</translation>
    </message>
    <message>
        <source>Annex D: Governance</source>
        <translation>Anlage D: Governance</translation>
    </message>
    <message>
        <source>Annex E: Exit and change</source>
        <translation>Anlage E: Ausstieg und Änderungen</translation>
    </message>
    <message>
        <source>Annex F: Analytics</source>
        <translation>Anlage F: Analysen</translation>
    </message>
    <message>
        <source>Annex G: Alignment</source>
        <translation>Anlage G: Abstimmung</translation>
    </message>
    <message>
        <source>Annex {letter}</source>
        <translation>Anlage {letter}</translation>
    </message>
    <message>
        <source>{done} of {total} participants done</source>
        <translation>{done} von {total} Teilnehmenden fertig</translation>
    </message>
    <message>
        <source>Updated as answers come in. Right arrow: the slides.</source>
        <translation>Aktualisiert sich mit jeder Antwort. Pfeil rechts: die Folien.</translation>
    </message>
    <message>
        <source>{partner}: done</source>
        <translation>{partner}: fertig</translation>
    </message>
    <message>
        <source>{partner} {done} of {total} done</source>
        <translation>{partner}: {done} von {total} fertig</translation>
    </message>
    <message>
        <source>{partner}: no participants</source>
        <translation>{partner}: keine Teilnehmenden</translation>
    </message>
    <message>
        <source>Alignment index {value}</source>
        <translation>Abstimmungsindex {value}</translation>
    </message>
    <message>
        <source>Definition {value}</source>
        <translation>Definition {value}</translation>
    </message>
    <message>
        <source>{n} gaps to discuss: partners differ (alignment below {t:.0%}), nobody has defined it, or a partner does not know</source>
        <translation>{n} Lücken zu besprechen: Partner weichen ab (Abstimmung unter {t:.0%}), niemand hat es definiert oder ein Partner weiß es nicht</translation>
    </message>
    <message>
        <source>Gap {n} of {total}  ·  {element}</source>
        <translation>Lücke {n} von {total}  ·  {element}</translation>
    </message>
    <message>
        <source>Alignment {value}</source>
        <translation>Abstimmung {value}</translation>
    </message>
    <message>
        <source>Defined {value}</source>
        <translation>Definiert {value}</translation>
    </message>
    <message>
        <source>Does not know: {names}</source>
        <translation>Weiß nicht: {names}</translation>
    </message>
    <message>
        <source>Question {n} of {total}  ·  {element}</source>
        <translation>Frage {n} von {total}  ·  {element}</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>Licences:</source>
        <translation>Lizenzen:</translation>
    </message>
    <message>
        <source>About Partnership Workshop</source>
        <translation>Über Partnership Workshop</translation>
    </message>
    <message>
        <source>Partnership Workshop</source>
        <translation>Partnership Workshop</translation>
    </message>
    <message>
        <source>Run partnership alignment workshops offline.</source>
        <translation>Partnerschafts-Abstimmungsworkshops offline durchführen.</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>Workshop file:</source>
        <translation>Workshop-Datei:</translation>
    </message>
    <message>
        <source>File schema:</source>
        <translation>Dateischema:</translation>
    </message>
</context>
<context>
    <name>ActionItemsModel</name>
    <message>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>From question</source>
        <translation>Aus Frage</translation>
    </message>
    <message>
        <source>Status: &apos;{value}&apos; is not open, in progress or done.</source>
        <translation>Status: „{value}“ ist weder offen, in Bearbeitung noch erledigt.</translation>
    </message>
    <message>
        <source>Edit action item</source>
        <translation>Maßnahme bearbeiten</translation>
    </message>
</context>
<context>
    <name>ActionsPage</name>
    <message>
        <source>Action items</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>&amp;Add action item</source>
        <translation>Maßnahme &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove action item</source>
        <translation>Maßnahme &amp;entfernen</translation>
    </message>
    <message>
        <source>Create from open &amp;gaps</source>
        <translation>Aus offenen &amp;Lücken erstellen</translation>
    </message>
    <message>
        <source>One action item per unresolved gap that has none yet</source>
        <translation>Eine Maßnahme je ungelöster Lücke, die noch keine hat</translation>
    </message>
    <message>
        <source>The gaps are hidden until the answers are revealed.</source>
        <translation>Die Lücken sind verborgen, bis die Antworten aufgedeckt werden.</translation>
    </message>
    <message>
        <source>{total} action items, {done} done.</source>
        <translation>{total} Maßnahmen, {done} erledigt.</translation>
    </message>
    <message>
        <source>New action item</source>
        <translation>Neue Maßnahme</translation>
    </message>
    <message>
        <source>Add action item</source>
        <translation>Maßnahme hinzufügen</translation>
    </message>
    <message>
        <source>Remove action item &apos;{name}&apos;</source>
        <translation>Maßnahme „{name}“ entfernen</translation>
    </message>
    <message>
        <source>Every unresolved gap already has an action item.</source>
        <translation>Jede ungelöste Lücke hat bereits eine Maßnahme.</translation>
    </message>
    <message>
        <source>Create {n} action items from gaps</source>
        <translation>{n} Maßnahmen aus Lücken erstellen</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Maßnahmen</translation>
    </message>
</context>
<context>
    <name>AlignmentPage</name>
    <message>
        <source>Answers are hidden until the facilitator reveals them</source>
        <translation>Die Antworten bleiben verborgen, bis die Moderation sie aufdeckt</translation>
    </message>
    <message>
        <source>&amp;Reveal the answers</source>
        <translation>Antworten &amp;aufdecken</translation>
    </message>
    <message>
        <source>Alignment views</source>
        <translation>Ansichten der Abstimmung</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Anzeigen:</translation>
    </message>
    <message>
        <source>All partners together</source>
        <translation>Alle Partner zusammen</translation>
    </message>
    <message>
        <source>One line per partner pair</source>
        <translation>Eine Linie je Partnerpaar</translation>
    </message>
    <message>
        <source>Radar series</source>
        <translation>Radar-Datenreihen</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>Lücken</translation>
    </message>
    <message>
        <source>Gaps, most severe first</source>
        <translation>Lücken, die gravierendsten zuerst</translation>
    </message>
    <message>
        <source>Partner positions</source>
        <translation>Positionen der Partner</translation>
    </message>
    <message>
        <source>Discussion notes</source>
        <translation>Diskussionsnotizen</translation>
    </message>
    <message>
        <source>Agreed position</source>
        <translation>Vereinbarte Position</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Due date of the gap</source>
        <translation>Fälligkeitsdatum der Lücke</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Discussion &amp;notes</source>
        <translation>Diskussions&amp;notizen</translation>
    </message>
    <message>
        <source>A&amp;greed position</source>
        <translation>&amp;Vereinbarte Position</translation>
    </message>
    <message>
        <source>O&amp;wner</source>
        <translation>&amp;Verantwortlich</translation>
    </message>
    <message>
        <source>D&amp;ue</source>
        <translation>&amp;Fällig</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>S&amp;tatus</translation>
    </message>
    <message>
        <source>Add &amp;action item from this gap</source>
        <translation>&amp;Maßnahme aus dieser Lücke hinzufügen</translation>
    </message>
    <message>
        <source>The chosen gap</source>
        <translation>Die gewählte Lücke</translation>
    </message>
    <message>
        <source>Each cell: how closely a pair of partners answered a question (100% = the same answer). Red is far apart, green is aligned.</source>
        <translation>Jede Zelle: wie nah sich zwei Partner bei einer Frage sind (100 % = dieselbe Antwort). Rot liegt weit auseinander, Grün ist abgestimmt.</translation>
    </message>
    <message>
        <source>Heat map</source>
        <translation>Heatmap</translation>
    </message>
    <message>
        <source>Questions where a partner&apos;s own participants disagree with each other.</source>
        <translation>Fragen, bei denen die eigenen Teilnehmenden eines Partners untereinander uneins sind.</translation>
    </message>
    <message>
        <source>Internal disagreements</source>
        <translation>Interne Meinungsverschiedenheiten</translation>
    </message>
    <message>
        <source>No alignment scores yet: answers are missing.</source>
        <translation>Noch keine Abstimmungswerte: Es fehlen Antworten.</translation>
    </message>
    <message>
        <source>Overall alignment: {value} of 100</source>
        <translation>Gesamtabstimmung: {value} von 100</translation>
    </message>
    <message>
        <source>Definition: {value} of 100</source>
        <translation>Definition: {value} von 100</translation>
    </message>
    <message>
        <source>{count} gaps, most severe first</source>
        <translation>{count} Lücken, die gravierendsten zuerst</translation>
    </message>
    <message>
        <source>A gap is a question where partners differ (alignment below {threshold}%), nobody has defined it yet (below {blind}% defined), or a partner does not know.</source>
        <translation>Eine Lücke ist eine Frage, bei der die Partner voneinander abweichen (Abstimmung unter {threshold} %), die noch niemand definiert hat (unter {blind} % definiert) oder bei der ein Partner es nicht weiß.</translation>
    </message>
    <message>
        <source>Reveal the answers</source>
        <translation>Antworten aufdecken</translation>
    </message>
    <message>
        <source>All partners</source>
        <translation>Alle Partner</translation>
    </message>
    <message>
        <source>No gap selected</source>
        <translation>Keine Lücke ausgewählt</translation>
    </message>
    <message>
        <source>{title} — {kinds}</source>
        <translation>{title} — {kinds}</translation>
    </message>
    <message>
        <source>, alignment {value}</source>
        <translation>, Abstimmung {value}</translation>
    </message>
    <message>
        <source>Discussion of &apos;{title}&apos;</source>
        <translation>Diskussion zu „{title}“</translation>
    </message>
    <message>
        <source>This gap already has an action item; see the Actions page.</source>
        <translation>Diese Lücke hat bereits eine Maßnahme; siehe Seite „Maßnahmen“.</translation>
    </message>
    <message>
        <source>Close the gap: {title}</source>
        <translation>Lücke schließen: {title}</translation>
    </message>
    <message>
        <source>Add action item from a gap</source>
        <translation>Maßnahme aus einer Lücke hinzufügen</translation>
    </message>
    <message>
        <source>Alignment</source>
        <translation>Abstimmung</translation>
    </message>
</context>
<context>
    <name>AllocationPanel</name>
    <message>
        <source>Save &amp;points</source>
        <translation>&amp;Punkte speichern</translation>
    </message>
    <message>
        <source>the points must add up to {total:g}.</source>
        <translation>die Punkte müssen zusammen {total:g} ergeben.</translation>
    </message>
    <message>
        <source> — {left:g} left</source>
        <translation> — {left:g} übrig</translation>
    </message>
    <message>
        <source> — {over:g} too many</source>
        <translation> — {over:g} zu viel</translation>
    </message>
    <message>
        <source>Total: {total:g} of {target:g} points</source>
        <translation>Summe: {total:g} von {target:g} Punkten</translation>
    </message>
</context>
<context>
    <name>Analysis</name>
    <message>
        <source>Agree a position on: {question}</source>
        <translation>Position vereinbaren zu: {question}</translation>
    </message>
    <message>
        <source>{kinds}, alignment {alignment}%, furthest apart: {a} and {b}.</source>
        <translation>{kinds}, Abstimmung {alignment} %, am weitesten auseinander: {a} und {b}.</translation>
    </message>
    <message>
        <source>{kinds}, alignment {alignment}%.</source>
        <translation>{kinds}, Abstimmung {alignment} %.</translation>
    </message>
    <message>
        <source>{kinds}, furthest apart: {a} and {b}.</source>
        <translation>{kinds}, am weitesten auseinander: {a} und {b}.</translation>
    </message>
    <message>
        <source>{kinds}.</source>
        <translation>{kinds}.</translation>
    </message>
    <message>
        <source>Complete before signing: {check}</source>
        <translation>Vor der Unterzeichnung erledigen: {check}</translation>
    </message>
    <message>
        <source>nobody decides; mark one partner D or joint approval J.</source>
        <translation>niemand entscheidet; markieren Sie einen Partner mit D oder die gemeinsame Zustimmung mit J.</translation>
    </message>
    <message>
        <source>{partners} decides but it is also marked joint approval; keep one.</source>
        <translation>{partners} entscheidet, die Entscheidung ist aber auch als gemeinsame Zustimmung markiert; behalten Sie eines davon.</translation>
    </message>
    <message>
        <source>{partners} both decide; keep one, or mark it joint approval.</source>
        <translation>{partners} entscheiden beide; behalten Sie einen oder markieren Sie die Entscheidung als gemeinsame Zustimmung.</translation>
    </message>
    <message>
        <source>only {partner} is marked for joint approval; joint approval needs at least two partners.</source>
        <translation>nur {partner} ist für die gemeinsame Zustimmung markiert; eine gemeinsame Zustimmung braucht mindestens zwei Partner.</translation>
    </message>
    <message>
        <source> and </source>
        <extracomment>Two or more names listed as one group (&quot;Nordwerk and Hanil&quot;).</extracomment>
        <translation> und </translation>
    </message>
    <message>
        <source>{number} {head}: recorded as agreed, but linked gap {gaps} is still open.</source>
        <translation>{number} {head}: als vereinbart erfasst, aber die verknüpfte Lücke {gaps} ist noch offen.</translation>
    </message>
    <message>
        <source>{number} {head}: recorded as agreed, but linked gaps {gaps} are still open.</source>
        <translation>{number} {head}: als vereinbart erfasst, aber die verknüpften Lücken {gaps} sind noch offen.</translation>
    </message>
    <message>
        <source>{number} {head}: recorded as agreed (its linked gaps are shown after Reveal).</source>
        <translation>{number} {head}: als vereinbart erfasst (die verknüpften Lücken werden nach dem Aufdecken gezeigt).</translation>
    </message>
    <message>
        <source>{number} {head}: {partner} has no {fields}.</source>
        <translation>{number} {head}: Für {partner} fehlt: {fields}.</translation>
    </message>
    <message>
        <source>a partner</source>
        <translation>einem Partner</translation>
    </message>
    <message>
        <source>{number} {head}: proposed by {partner}, not yet agreed.</source>
        <translation>{number} {head}: vorgeschlagen von {partner}, noch nicht vereinbart.</translation>
    </message>
    <message>
        <source>{number} {head}: open.</source>
        <translation>{number} {head}: offen.</translation>
    </message>
    <message>
        <source>The heads of terms this phase needs ({count} of {total}) are agreed</source>
        <translation>Die Eckpunkte, die diese Phase braucht ({count} von {total}), sind vereinbart</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>How a tuple parameter is listed (&quot;quantity, unit&quot;); Chinese lists with 、.</extracomment>
        <translation>, </translation>
    </message>
    <message>
        <source>; </source>
        <extracomment>How the kinds of one gap are listed (&quot;partners differ; a partner does not know&quot;).</extracomment>
        <translation>; </translation>
    </message>
    <message>
        <source>{value} of {low}–{high} ({anchor})</source>
        <translation>{value} von {low}–{high} ({anchor})</translation>
    </message>
    <message>
        <source>{value} of {low}–{high}</source>
        <translation>{value} von {low}–{high}</translation>
    </message>
    <message>
        <source>does not know</source>
        <translation>weiß es nicht</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>end</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>tracking metric</source>
        <translation>Messgröße</translation>
    </message>
    <message>
        <source>{partner} has no contribution.</source>
        <translation>{partner} hat keinen Beitrag.</translation>
    </message>
    <message>
        <source>An unknown partner</source>
        <translation>Ein unbekannter Partner</translation>
    </message>
    <message>
        <source>{partner}: {contribution} has no {fields}.</source>
        <translation>{partner}: Bei {contribution} fehlt: {fields}.</translation>
    </message>
    <message>
        <source>Every partner has a contribution with quantity, unit, start, end and tracking metric</source>
        <translation>Jeder Partner hat einen Beitrag mit Menge, Einheit, Beginn, Ende und Messgröße</translation>
    </message>
    <message>
        <source>The decision-rights matrix has no decisions.</source>
        <translation>Die Matrix der Entscheidungsrechte enthält keine Entscheidungen.</translation>
    </message>
    <message>
        <source>{decision}: {problem}</source>
        <translation>{decision}: {problem}</translation>
    </message>
    <message>
        <source>Every decision has exactly one partner that decides, or joint approval</source>
        <translation>Jede Entscheidung hat genau einen entscheidenden Partner oder eine gemeinsame Zustimmung</translation>
    </message>
    <message>
        <source>The escalation path has {count} step; joint-approval decisions need at least {minimum}.</source>
        <translation>Der Eskalationspfad hat {count} Stufe; Entscheidungen mit gemeinsamer Zustimmung brauchen mindestens {minimum}.</translation>
    </message>
    <message>
        <source>The escalation path has {count} steps; joint-approval decisions need at least {minimum}.</source>
        <translation>Der Eskalationspfad hat {count} Stufen; Entscheidungen mit gemeinsamer Zustimmung brauchen mindestens {minimum}.</translation>
    </message>
    <message>
        <source>Escalation level {level} ({body}) has no time limit.</source>
        <translation>Eskalationsstufe {level} ({body}) hat keine Frist.</translation>
    </message>
    <message>
        <source>Joint-approval decisions have an escalation path of at least two steps with time limits</source>
        <translation>Entscheidungen mit gemeinsamer Zustimmung haben einen Eskalationspfad mit mindestens zwei befristeten Stufen</translation>
    </message>
    <message>
        <source>No review point: add at least one date or milestone to expand, narrow or redirect the scope.</source>
        <translation>Kein Überprüfungspunkt: Fügen Sie mindestens ein Datum oder einen Meilenstein hinzu, an dem der Umfang erweitert, eingeengt oder neu ausgerichtet werden kann.</translation>
    </message>
    <message>
        <source>At least one review point</source>
        <translation>Mindestens ein Überprüfungspunkt</translation>
    </message>
    <message>
        <source>The exit terms name a renewal timeline</source>
        <translation>Die Ausstiegsbedingungen nennen einen Verlängerungszeitplan</translation>
    </message>
    <message>
        <source>The renewal timeline is empty.</source>
        <translation>Der Verlängerungszeitplan ist leer.</translation>
    </message>
    <message>
        <source>At least one exit trigger</source>
        <translation>Mindestens ein Ausstiegsauslöser</translation>
    </message>
    <message>
        <source>No exit trigger is listed.</source>
        <translation>Es ist kein Ausstiegsauslöser aufgeführt.</translation>
    </message>
    <message>
        <source>The notice period is empty.</source>
        <translation>Die Kündigungsfrist ist leer.</translation>
    </message>
    <message>
        <source>Exit trigger {trigger} has no notice period, and no general notice period is named.</source>
        <translation>Der Ausstiegsauslöser {trigger} hat keine Kündigungsfrist, und es ist keine allgemeine Kündigungsfrist genannt.</translation>
    </message>
    <message>
        <source>The exit terms name notice periods</source>
        <translation>Die Ausstiegsbedingungen nennen Kündigungsfristen</translation>
    </message>
    <message>
        <source>The exit terms name the obligations that survive exit</source>
        <translation>Die Ausstiegsbedingungen nennen die Pflichten, die nach dem Ausstieg fortgelten</translation>
    </message>
    <message>
        <source>The obligations after exit are empty.</source>
        <translation>Die Pflichten nach dem Ausstieg sind leer.</translation>
    </message>
    <message>
        <source>{asset} has no treatment on exit.</source>
        <translation>{asset} hat keine Regelung für den Ausstieg.</translation>
    </message>
    <message>
        <source>No shared asset (IP, plants, tooling, data) is listed.</source>
        <translation>Es ist kein gemeinsames Asset (geistiges Eigentum, Werke, Werkzeuge, Daten) aufgeführt.</translation>
    </message>
    <message>
        <source>Every shared asset has a treatment on exit</source>
        <translation>Jedes gemeinsame Asset hat eine Regelung für den Ausstieg</translation>
    </message>
    <message>
        <source>{kinds}, alignment {alignment}%</source>
        <translation>{kinds}, Abstimmung {alignment} %</translation>
    </message>
    <message>
        <source>{gap} ({state}) is {status} with no owner and no due date.</source>
        <translation>{gap} ({state}), Status {status}: keine verantwortliche Person und kein Fälligkeitsdatum.</translation>
    </message>
    <message>
        <source>{gap} ({state}) is {status} with no owner.</source>
        <translation>{gap} ({state}), Status {status}: keine verantwortliche Person.</translation>
    </message>
    <message>
        <source>{gap} ({state}) is {status} with no due date.</source>
        <translation>{gap} ({state}), Status {status}: kein Fälligkeitsdatum.</translation>
    </message>
    <message>
        <source>Every serious gap is resolved or has an owner and a due date</source>
        <translation>Jede schwerwiegende Lücke ist gelöst oder hat eine verantwortliche Person und ein Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>The answers are revealed and the gaps discussed</source>
        <translation>Die Antworten sind aufgedeckt und die Lücken besprochen</translation>
    </message>
    <message>
        <source>The answers are hidden (blind mode) until the facilitator reveals them.</source>
        <translation>Die Antworten bleiben verborgen (Blindmodus), bis die Moderation sie aufdeckt.</translation>
    </message>
</context>
<context>
    <name>BodiesModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Cadence</source>
        <translation>Turnus</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Vorsitz</translation>
    </message>
    <message>
        <source>Kind: choose one from the list.</source>
        <translation>Art: Wählen Sie einen Eintrag aus der Liste.</translation>
    </message>
    <message>
        <source>Edit governance body</source>
        <translation>Gremium bearbeiten</translation>
    </message>
</context>
<context>
    <name>ChoicePanel</name>
    <message>
        <source>Press {key}</source>
        <translation>Drücken Sie {key}</translation>
    </message>
</context>
<context>
    <name>ContributionTotalsModel</name>
    <message>
        <source>Party</source>
        <translation>Partei</translation>
    </message>
    <message>
        <source>Gives</source>
        <translation>Gibt</translation>
    </message>
    <message>
        <source>Gets</source>
        <translation>Erhält</translation>
    </message>
    <message>
        <source>Value given</source>
        <translation>Gegebener Wert</translation>
    </message>
    <message>
        <source>Value received</source>
        <translation>Erhaltener Wert</translation>
    </message>
    <message>
        <source>Quantities given</source>
        <translation>Gegebene Mengen</translation>
    </message>
    <message>
        <source>{name} gives {gives} contributions and receives {gets}.</source>
        <translation>{name} gibt {gives} Beiträge und erhält {gets}.</translation>
    </message>
</context>
<context>
    <name>ContributionsModel</name>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Valuation</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Milestone gate</source>
        <translation>Meilenstein-Gate</translation>
    </message>
    <message>
        <source>Tracking metric</source>
        <translation>Messgröße</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Joint venture</source>
        <translation>Joint Venture</translation>
    </message>
    <message>
        <source>Partner: choose one of the workshop&apos;s partners.</source>
        <translation>Partner: Wählen Sie einen der Partner des Workshops.</translation>
    </message>
    <message>
        <source>Recipient: choose a partner or the joint venture.</source>
        <translation>Empfänger: Wählen Sie einen Partner oder das Joint Venture.</translation>
    </message>
    <message>
        <source>Category: &apos;{value}&apos; is not a contribution category.</source>
        <translation>Kategorie: „{value}“ ist keine Beitragskategorie.</translation>
    </message>
    <message>
        <source>Edit contribution {column}</source>
        <translation>Beitrag bearbeiten: {column}</translation>
    </message>
</context>
<context>
    <name>ContributionsPage</name>
    <message>
        <source>What each partner brings</source>
        <translation>Was jeder Partner einbringt</translation>
    </message>
    <message>
        <source>&amp;Add contribution</source>
        <translation>Beitrag &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove contribution</source>
        <translation>Beitrag &amp;entfernen</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Beiträge</translation>
    </message>
    <message>
        <source>Totals and balance</source>
        <translation>Summen und Bilanz</translation>
    </message>
    <message>
        <source>Totals and gives/gets balance</source>
        <translation>Summen und Geben/Nehmen-Bilanz</translation>
    </message>
    <message>
        <source>{partner} promises up to {peak} {unit} {when}, beyond its declared capacity of {capacity}.</source>
        <translation>{partner} sagt bis zu {peak} {unit} {when} zu, mehr als die angegebene Kapazität von {capacity}.</translation>
    </message>
    <message>
        <source>Joint venture</source>
        <translation>Joint Venture</translation>
    </message>
    <message>
        <source>from {start} to {end}</source>
        <translation>von {start} bis {end}</translation>
    </message>
    <message>
        <source>from {start} on</source>
        <translation>ab {start}</translation>
    </message>
    <message>
        <source>until {end}</source>
        <translation>bis {end}</translation>
    </message>
    <message>
        <source>at all times</source>
        <translation>jederzeit</translation>
    </message>
    <message>
        <source>New contribution</source>
        <translation>Neuer Beitrag</translation>
    </message>
    <message>
        <source>Add contribution</source>
        <translation>Beitrag hinzufügen</translation>
    </message>
    <message>
        <source>Remove contribution &apos;{name}&apos;</source>
        <translation>Beitrag „{name}“ entfernen</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>No date (type {iso} or {local})</source>
        <translation>Kein Datum (als {iso} oder {local} eingeben)</translation>
    </message>
    <message>
        <source>Type a date as {iso} or {local}, or press Alt+Down for a calendar. Clear the field for no date.</source>
        <translation>Geben Sie ein Datum als {iso} oder {local} ein oder drücken Sie Alt+Ab für einen Kalender. Leeren Sie das Feld für kein Datum.</translation>
    </message>
    <message>
        <source>Pick a date (Alt+Down)</source>
        <translation>Datum wählen (Alt+Ab)</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
</context>
<context>
    <name>DealTermsPage</name>
    <message>
        <source>Heads of terms</source>
        <translation>Eckpunkte</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation>Vorgeschlagen von</translation>
    </message>
    <message>
        <source>Agreed text</source>
        <translation>Vereinbarter Wortlaut</translation>
    </message>
    <message>
        <source>Further linked gaps</source>
        <translation>Weitere verknüpfte Lücken</translation>
    </message>
    <message>
        <source>Question ids, e.g. G09, X12</source>
        <translation>Fragen-IDs, z. B. G09, X12</translation>
    </message>
    <message>
        <source>Linked actions</source>
        <translation>Verknüpfte Maßnahmen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Each partner&apos;s position</source>
        <translation>Position jedes Partners</translation>
    </message>
    <message>
        <source>The parties</source>
        <translation>Die Parteien</translation>
    </message>
    <message>
        <source>Head of terms</source>
        <translation>Eckpunkt</translation>
    </message>
    <message>
        <source>Deal terms</source>
        <translation>Vertragseckpunkte</translation>
    </message>
    <message>
        <source>Position of {partner}</source>
        <translation>Position von {partner}</translation>
    </message>
    <message>
        <source>Shown as: {status}.</source>
        <translation>Angezeigt als: {status}.</translation>
    </message>
    <message>
        <source>Recorded as agreed, but these linked gaps are open: {ids}.</source>
        <translation>Als vereinbart erfasst, aber diese verknüpften Lücken sind offen: {ids}.</translation>
    </message>
    <message>
        <source>No one</source>
        <translation>Niemand</translation>
    </message>
    <message>
        <source>Linked through the questionnaire: {ids}. Open: {open}.</source>
        <translation>Über den Fragebogen verknüpft: {ids}. Offen: {open}.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Linked through the questionnaire: {ids}. Which are open is shown after Reveal.</source>
        <translation>Über den Fragebogen verknüpft: {ids}. Welche offen sind, zeigt sich nach dem Aufdecken.</translation>
    </message>
    <message>
        <source>Edit the parties</source>
        <translation>Parteien bearbeiten</translation>
    </message>
    <message>
        <source>Edit head {number}</source>
        <translation>Eckpunkt {number} bearbeiten</translation>
    </message>
    <message>
        <source>Further linked gaps: {qid} is not a question of this workshop.</source>
        <translation>Weitere verknüpfte Lücken: {qid} ist keine Frage dieses Workshops.</translation>
    </message>
</context>
<context>
    <name>DecisionRightsModel</name>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Seam</source>
        <translation>Schnittstelle</translation>
    </message>
    <message>
        <source>Taken by</source>
        <translation>Getroffen durch</translation>
    </message>
    <message>
        <source>Taken by: choose a governance body.</source>
        <translation>Getroffen durch: Wählen Sie ein Gremium.</translation>
    </message>
    <message>
        <source>{partner} on &apos;{decision}&apos;: &apos;{value}&apos; is not D, J, C or I.</source>
        <translation>{partner} bei „{decision}“: „{value}“ ist nicht D, J, C oder I.</translation>
    </message>
    <message>
        <source>Set {partner}&apos;s right on &apos;{decision}&apos;</source>
        <translation>Recht von {partner} bei „{decision}“ festlegen</translation>
    </message>
    <message>
        <source>Edit decision</source>
        <translation>Entscheidung bearbeiten</translation>
    </message>
</context>
<context>
    <name>DisagreementsModel</name>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>Konsens</translation>
    </message>
    <message>
        <source>Respondents</source>
        <translation>Antwortende</translation>
    </message>
</context>
<context>
    <name>EntityTableModel</name>
    <message>
        <source>Edit {column}</source>
        <translation>{column} bearbeiten</translation>
    </message>
</context>
<context>
    <name>EscalationModel</name>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Body or role</source>
        <translation>Gremium oder Rolle</translation>
    </message>
    <message>
        <source>Time limit (days)</source>
        <translation>Frist (Tage)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Level: give a number (1 = first level).</source>
        <translation>Stufe: Geben Sie eine Zahl an (1 = erste Stufe).</translation>
    </message>
    <message>
        <source>Edit escalation step</source>
        <translation>Eskalationsstufe bearbeiten</translation>
    </message>
</context>
<context>
    <name>ExitPage</name>
    <message>
        <source>One shared asset has no treatment on exit (marked).</source>
        <translation>Ein gemeinsames Asset hat keine Regelung für den Ausstieg (markiert).</translation>
    </message>
    <message>
        <source>{n} shared assets have no treatment on exit (marked).</source>
        <translation>{n} gemeinsame Assets haben keine Regelung für den Ausstieg (markiert).</translation>
    </message>
    <message>
        <source>Every shared asset has a treatment on exit.</source>
        <translation>Jedes gemeinsame Asset hat eine Regelung für den Ausstieg.</translation>
    </message>
    <message>
        <source>Edit {field}</source>
        <translation>{field} bearbeiten</translation>
    </message>
    <message>
        <source>Created jointly</source>
        <translation>Gemeinsam geschaffen</translation>
    </message>
    <message>
        <source>New exit trigger</source>
        <translation>Neuer Ausstiegsauslöser</translation>
    </message>
    <message>
        <source>Add exit trigger</source>
        <translation>Ausstiegsauslöser hinzufügen</translation>
    </message>
    <message>
        <source>New shared asset</source>
        <translation>Neues gemeinsames Asset</translation>
    </message>
    <message>
        <source>Add shared asset</source>
        <translation>Gemeinsames Asset hinzufügen</translation>
    </message>
    <message>
        <source>Exit and change</source>
        <translation>Ausstieg und Änderungen</translation>
    </message>
</context>
<context>
    <name>ExitPageForm</name>
    <message>
        <source>Exit and change terms</source>
        <translation>Ausstiegs- und Änderungsbedingungen</translation>
    </message>
    <message>
        <source>&amp;Renewal timeline</source>
        <translation>&amp;Verlängerungszeitplan</translation>
    </message>
    <message>
        <source>Renewal timeline</source>
        <translation>Verlängerungszeitplan</translation>
    </message>
    <message>
        <source>&amp;Notice period</source>
        <translation>&amp;Kündigungsfrist</translation>
    </message>
    <message>
        <source>Notice period</source>
        <translation>Kündigungsfrist</translation>
    </message>
    <message>
        <source>Ongoing &amp;obligations</source>
        <translation>Fortbestehende &amp;Pflichten</translation>
    </message>
    <message>
        <source>Ongoing obligations after exit</source>
        <translation>Fortbestehende Pflichten nach dem Ausstieg</translation>
    </message>
    <message>
        <source>Rules for proposing &amp;changes</source>
        <translation>Regeln für &amp;Änderungsvorschläge</translation>
    </message>
    <message>
        <source>Rules for proposing changes</source>
        <translation>Regeln für Änderungsvorschläge</translation>
    </message>
    <message>
        <source>Exit triggers</source>
        <translation>Ausstiegsauslöser</translation>
    </message>
    <message>
        <source>Add &amp;trigger</source>
        <translation>Auslöser &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Remove tri&amp;gger</source>
        <translation>Auslöser ent&amp;fernen</translation>
    </message>
    <message>
        <source>Shared assets and their treatment on exit</source>
        <translation>Gemeinsame Assets und ihre Regelung beim Ausstieg</translation>
    </message>
    <message>
        <source>Add &amp;asset</source>
        <translation>&amp;Asset hinzufügen</translation>
    </message>
    <message>
        <source>Remove a&amp;sset</source>
        <translation>Asset ent&amp;fernen</translation>
    </message>
    <message>
        <source>Assets without a treatment on exit are marked.</source>
        <translation>Assets ohne Regelung für den Ausstieg sind markiert.</translation>
    </message>
</context>
<context>
    <name>ExitTriggersModel</name>
    <message>
        <source>Exit trigger</source>
        <translation>Ausstiegsauslöser</translation>
    </message>
    <message>
        <source>Notice (days)</source>
        <translation>Kündigungsfrist (Tage)</translation>
    </message>
    <message>
        <source>Edit exit trigger</source>
        <translation>Ausstiegsauslöser bearbeiten</translation>
    </message>
</context>
<context>
    <name>GapsModel</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Why it is a gap</source>
        <translation>Warum es eine Lücke ist</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>Alignment</source>
        <translation>Abstimmung</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Furthest apart</source>
        <translation>Am weitesten auseinander</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
</context>
<context>
    <name>GovernancePage</name>
    <message>
        <source>Governance views</source>
        <translation>Ansichten der Governance</translation>
    </message>
    <message>
        <source>Decision rights</source>
        <translation>Entscheidungsrechte</translation>
    </message>
    <message>
        <source>(blank = no part)</source>
        <translation>(leer = nicht beteiligt)</translation>
    </message>
    <message>
        <source>Add &amp;starter decisions</source>
        <translation>&amp;Standardentscheidungen hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Add decision</source>
        <translation>Entscheidung &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove decision</source>
        <translation>Entscheidung &amp;entfernen</translation>
    </message>
    <message>
        <source>Governance bodies</source>
        <translation>Gremien</translation>
    </message>
    <message>
        <source>&amp;Add body</source>
        <translation>&amp;Gremium hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove body</source>
        <translation>Gremium &amp;entfernen</translation>
    </message>
    <message>
        <source>Bodies</source>
        <translation>Gremien</translation>
    </message>
    <message>
        <source>Escalation steps</source>
        <translation>Eskalationsstufen</translation>
    </message>
    <message>
        <source>&amp;Add step</source>
        <translation>Stufe &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove step</source>
        <translation>Stufe &amp;entfernen</translation>
    </message>
    <message>
        <source>Escalation path</source>
        <translation>Eskalationspfad</translation>
    </message>
    <message>
        <source>Review points</source>
        <translation>Überprüfungspunkte</translation>
    </message>
    <message>
        <source>&amp;Add review point</source>
        <translation>Überprüfungspunkt &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove review point</source>
        <translation>Überprüfungspunkt &amp;entfernen</translation>
    </message>
    <message>
        <source>May decide to: any of continue, expand, narrow, redirect, exit.</source>
        <translation>Mögliche Beschlüsse: fortführen, ausweiten, eingrenzen, neu ausrichten, aussteigen.</translation>
    </message>
    <message>
        <source>One decision needs attention (marked): no owner, or two deciders.</source>
        <translation>Eine Entscheidung erfordert Aufmerksamkeit (markiert): keine Zuständigkeit oder zwei Entscheider.</translation>
    </message>
    <message>
        <source>{n} decisions need attention (marked): no owner, or two deciders.</source>
        <translation>{n} Entscheidungen erfordern Aufmerksamkeit (markiert): keine Zuständigkeit oder zwei Entscheider.</translation>
    </message>
    <message>
        <source>Every decision has exactly one owner or joint approval.</source>
        <translation>Jede Entscheidung hat genau eine Zuständigkeit oder eine gemeinsame Zustimmung.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>New decision</source>
        <translation>Neue Entscheidung</translation>
    </message>
    <message>
        <source>Add decision</source>
        <translation>Entscheidung hinzufügen</translation>
    </message>
    <message>
        <source>The starter decisions are already in the list.</source>
        <translation>Die Standardentscheidungen stehen bereits in der Liste.</translation>
    </message>
    <message>
        <source>Add starter decisions</source>
        <translation>Standardentscheidungen hinzufügen</translation>
    </message>
    <message>
        <source>New body</source>
        <translation>Neues Gremium</translation>
    </message>
    <message>
        <source>Add governance body</source>
        <translation>Gremium hinzufügen</translation>
    </message>
    <message>
        <source>Steering group</source>
        <translation>Lenkungsausschuss</translation>
    </message>
    <message>
        <source>Add escalation step</source>
        <translation>Eskalationsstufe hinzufügen</translation>
    </message>
    <message>
        <source>Annual review</source>
        <translation>Jährliche Überprüfung</translation>
    </message>
    <message>
        <source>Add review point</source>
        <translation>Überprüfungspunkt hinzufügen</translation>
    </message>
    <message>
        <source>Governance</source>
        <translation>Governance</translation>
    </message>
</context>
<context>
    <name>HandoverPanel</name>
    <message>
        <source>Thank you, {name}. Your answers are saved.</source>
        <translation>Vielen Dank, {name}. Ihre Antworten sind gespeichert.</translation>
    </message>
    <message>
        <source>Everyone has finished. The facilitator can now reveal the answers.</source>
        <translation>Alle sind fertig. Die Moderation kann die Antworten jetzt aufdecken.</translation>
    </message>
    <message>
        <source>Please hand over to the next participant.</source>
        <translation>Bitte an die nächste teilnehmende Person übergeben.</translation>
    </message>
    <message>
        <source>Start answering as {name}</source>
        <translation>Als {name} antworten</translation>
    </message>
</context>
<context>
    <name>HeatMapModel</name>
    <message>
        <source>{pair}: not both answered</source>
        <translation>{pair}: nicht beide haben geantwortet</translation>
    </message>
    <message>
        <source>{question}
{pair}: alignment {value}</source>
        <translation>{question}
{pair}: Abstimmung {value}</translation>
    </message>
</context>
<context>
    <name>ImportFlows</name>
    <message>
        <source>Import answers</source>
        <translation>Antworten importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Answers not imported</source>
        <translation>Antworten nicht importiert</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>{file} wird gelesen…</translation>
    </message>
    <message>
        <source>Import answers from {file}</source>
        <translation>Antworten aus {file} importieren</translation>
    </message>
    <message>
        <source>Answers imported</source>
        <translation>Antworten importiert</translation>
    </message>
    <message>
        <source>Import pre-work workbook</source>
        <translation>Vorbereitungsarbeitsmappe importieren</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Excel-Arbeitsmappen (*.xlsx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Pre-work not imported</source>
        <translation>Vorbereitung nicht importiert</translation>
    </message>
    <message>
        <source>Import pre-work from {file}</source>
        <translation>Vorbereitung aus {file} importieren</translation>
    </message>
    <message>
        <source>Pre-work imported</source>
        <translation>Vorbereitung importiert</translation>
    </message>
    <message>
        <source>Answers differ</source>
        <translation>Antworten weichen ab</translation>
    </message>
    <message>
        <source>The workbook has answers that differ from those already stored:</source>
        <translation>Die Arbeitsmappe enthält Antworten, die von den bereits gespeicherten abweichen:</translation>
    </message>
    <message>
        <source>
… and {n} more</source>
        <translation>
… und {n} weitere</translation>
    </message>
    <message>
        <source>Use the workbook&apos;s</source>
        <translation>Die aus der Arbeitsmappe übernehmen</translation>
    </message>
    <message>
        <source>Keep the stored</source>
        <translation>Die gespeicherten behalten</translation>
    </message>
</context>
<context>
    <name>InlineMessage</name>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>JumpPanel</name>
    <message>
        <source>Go to a slide</source>
        <translation>Zu einer Folie springen</translation>
    </message>
    <message>
        <source>All elements</source>
        <translation>Alle Elemente</translation>
    </message>
    <message>
        <source>All kinds of gap</source>
        <translation>Alle Arten von Lücken</translation>
    </message>
    <message>
        <source>Any severity</source>
        <translation>Jeder Schweregrad</translation>
    </message>
    <message>
        <source>Severity at least {value}</source>
        <translation>Schweregrad mindestens {value}</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>Show the gaps of this element</source>
        <translation>Lücken dieses Elements zeigen</translation>
    </message>
    <message>
        <source>Kind of gap</source>
        <translation>Art der Lücke</translation>
    </message>
    <message>
        <source>Show the gaps of this kind</source>
        <translation>Lücken dieser Art zeigen</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Show the gaps of this severity or more</source>
        <translation>Lücken ab diesem Schweregrad zeigen</translation>
    </message>
    <message>
        <source>Slides</source>
        <translation>Folien</translation>
    </message>
    <message>
        <source>Enter shows the chosen slide</source>
        <translation>Eingabe zeigt die gewählte Folie</translation>
    </message>
    <message>
        <source>Enter  show the slide   ·   Esc  close this list</source>
        <translation>Eingabe  Folie zeigen   ·   Esc  Liste schließen</translation>
    </message>
    <message>
        <source>{shown} of {total} gaps shown</source>
        <translation>{shown} von {total} Lücken angezeigt</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Engineering</source>
        <translation>Entwicklung</translation>
    </message>
    <message>
        <source>Manufacturing</source>
        <translation>Fertigung</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <source>Tooling</source>
        <translation>Werkzeuge</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>Software</translation>
    </message>
    <message>
        <source>Purchasing</source>
        <translation>Einkauf</translation>
    </message>
    <message>
        <source>Technology</source>
        <translation>Technologie</translation>
    </message>
    <message>
        <source>Market access</source>
        <translation>Marktzugang</translation>
    </message>
    <message>
        <source>Capital</source>
        <translation>Kapital</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Shared strategic goals</source>
        <translation>Gemeinsame strategische Ziele</translation>
    </message>
    <message>
        <source>Complementary strengths</source>
        <translation>Komplementäre Stärken</translation>
    </message>
    <message>
        <source>Clear roles and governance</source>
        <translation>Klare Rollen und Governance</translation>
    </message>
    <message>
        <source>Cultural readiness for change</source>
        <translation>Kulturelle Bereitschaft zur Veränderung</translation>
    </message>
    <message>
        <source>Agreement on an exit path</source>
        <translation>Einigung über einen Ausstiegsweg</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Stärken</translation>
    </message>
    <message>
        <source>Governance</source>
        <translation>Governance</translation>
    </message>
    <message>
        <source>Culture</source>
        <translation>Kultur</translation>
    </message>
    <message>
        <source>Exit path</source>
        <translation>Ausstiegsweg</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Not yet defined</source>
        <translation>Noch nicht definiert</translation>
    </message>
    <message>
        <source>Discussed</source>
        <translation>Besprochen</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Gelöst</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Decides</source>
        <translation>Entscheidet</translation>
    </message>
    <message>
        <source>Joint approval</source>
        <translation>Gemeinsame Zustimmung</translation>
    </message>
    <message>
        <source>Consulted</source>
        <translation>Konsultiert</translation>
    </message>
    <message>
        <source>Informed</source>
        <translation>Informiert</translation>
    </message>
    <message>
        <source>IP</source>
        <translation>Geistiges Eigentum</translation>
    </message>
    <message>
        <source>Plant</source>
        <translation>Werk</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Marke</translation>
    </message>
    <message>
        <source>Partnership strategy</source>
        <translation>Partnerschaftsstrategie</translation>
    </message>
    <message>
        <source>Partner screening and due diligence</source>
        <translation>Partnerauswahl und Due Diligence</translation>
    </message>
    <message>
        <source>Deal structuring and implementation</source>
        <translation>Vertragsgestaltung und Umsetzung</translation>
    </message>
    <message>
        <source>Ongoing assessment and restructuring</source>
        <translation>Laufende Bewertung und Restrukturierung</translation>
    </message>
    <message>
        <source>Portfolio management and exit</source>
        <translation>Portfoliomanagement und Ausstieg</translation>
    </message>
    <message>
        <source>Production efficiency</source>
        <translation>Produktionseffizienz</translation>
    </message>
    <message>
        <source>Electrification assets and supply chain</source>
        <translation>Elektrifizierungs-Assets und Lieferkette</translation>
    </message>
    <message>
        <source>Software and digital platforms</source>
        <translation>Software und digitale Plattformen</translation>
    </message>
    <message>
        <source>Strategic flexibility</source>
        <translation>Strategische Flexibilität</translation>
    </message>
    <message>
        <source>Autonomy and mobility rollout</source>
        <translation>Einführung von Autonomie und Mobilität</translation>
    </message>
    <message>
        <source>Scale (likert)</source>
        <translation>Skala (Likert)</translation>
    </message>
    <message>
        <source>One choice</source>
        <translation>Eine Auswahl</translation>
    </message>
    <message>
        <source>Several choices</source>
        <translation>Mehrere Auswahlen</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Rangfolge</translation>
    </message>
    <message>
        <source>Split points (allocation)</source>
        <translation>Punkte verteilen (Allokation)</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>Free text</source>
        <translation>Freitext</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>In Vorbereitung</translation>
    </message>
    <message>
        <source>Answering</source>
        <translation>Beantwortung</translation>
    </message>
    <message>
        <source>Revealed</source>
        <translation>Aufgedeckt</translation>
    </message>
    <message>
        <source>Negotiating</source>
        <translation>In Verhandlung</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Steering group</source>
        <translation>Lenkungsausschuss</translation>
    </message>
    <message>
        <source>Execution committee</source>
        <translation>Umsetzungsausschuss</translation>
    </message>
    <message>
        <source>Joint PMO</source>
        <translation>Gemeinsames PMO</translation>
    </message>
    <message>
        <source>continue</source>
        <translation>fortführen</translation>
    </message>
    <message>
        <source>expand</source>
        <translation>ausweiten</translation>
    </message>
    <message>
        <source>narrow</source>
        <translation>eingrenzen</translation>
    </message>
    <message>
        <source>redirect</source>
        <translation>neu ausrichten</translation>
    </message>
    <message>
        <source>exit</source>
        <translation>aussteigen</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Vereinbart</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Vorgeschlagen</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Nicht anwendbar</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Parteien</translation>
    </message>
    <message>
        <source>Legal entity</source>
        <translation>Rechtsträger</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>Sitz</translation>
    </message>
    <message>
        <source>Register number</source>
        <translation>Registernummer</translation>
    </message>
    <message>
        <source>Signing entity</source>
        <translation>Unterzeichnende Gesellschaft</translation>
    </message>
    <message>
        <source>Parent guarantee</source>
        <translation>Patronatserklärung der Muttergesellschaft</translation>
    </message>
    <message>
        <source>Purpose and scope</source>
        <translation>Zweck und Umfang</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Regionen</translation>
    </message>
    <message>
        <source>Functions</source>
        <translation>Funktionen</translation>
    </message>
    <message>
        <source>Exclusions</source>
        <translation>Ausschlüsse</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>Struktur</translation>
    </message>
    <message>
        <source>Form (contracts only or joint company)</source>
        <translation>Form (nur Verträge oder Gemeinschaftsunternehmen)</translation>
    </message>
    <message>
        <source>Shareholding and seat</source>
        <translation>Beteiligungsverhältnis und Sitz</translation>
    </message>
    <message>
        <source>Ancillary agreements</source>
        <translation>Nebenvereinbarungen</translation>
    </message>
    <message>
        <source>Contributions and valuation</source>
        <translation>Beiträge und Bewertung</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Beiträge</translation>
    </message>
    <message>
        <source>Valuation method</source>
        <translation>Bewertungsmethode</translation>
    </message>
    <message>
        <source>Currency basis</source>
        <translation>Währungsbasis</translation>
    </message>
    <message>
        <source>Remedy for non-delivery</source>
        <translation>Rechtsfolgen bei Nichtleistung</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Finanzierung</translation>
    </message>
    <message>
        <source>Funding plan</source>
        <translation>Finanzierungsplan</translation>
    </message>
    <message>
        <source>Capital calls</source>
        <translation>Kapitalabrufe</translation>
    </message>
    <message>
        <source>Overruns</source>
        <translation>Kostenüberschreitungen</translation>
    </message>
    <message>
        <source>Remedy for non-funding</source>
        <translation>Rechtsfolgen bei ausbleibender Finanzierung</translation>
    </message>
    <message>
        <source>Bodies and seats</source>
        <translation>Gremien und Sitze</translation>
    </message>
    <message>
        <source>Quorum, voting and casting vote</source>
        <translation>Beschlussfähigkeit, Abstimmung und Stichentscheid</translation>
    </message>
    <message>
        <source>Decision rights</source>
        <translation>Entscheidungsrechte</translation>
    </message>
    <message>
        <source>Reserved matters</source>
        <translation>Zustimmungsvorbehalte</translation>
    </message>
    <message>
        <source>Deadlock</source>
        <translation>Pattsituation</translation>
    </message>
    <message>
        <source>Escalation steps</source>
        <translation>Eskalationsstufen</translation>
    </message>
    <message>
        <source>Mediation or expert</source>
        <translation>Mediation oder Sachverständiger</translation>
    </message>
    <message>
        <source>Deadlock remedy</source>
        <translation>Auflösung von Pattsituationen</translation>
    </message>
    <message>
        <source>Intellectual property</source>
        <translation>Geistiges Eigentum</translation>
    </message>
    <message>
        <source>Background IP and licences</source>
        <translation>Vorbestehendes geistiges Eigentum und Lizenzen</translation>
    </message>
    <message>
        <source>Foreground IP</source>
        <translation>Neu geschaffenes geistiges Eigentum</translation>
    </message>
    <message>
        <source>Ring-fenced technology</source>
        <translation>Abgeschirmte Technologie</translation>
    </message>
    <message>
        <source>IP on exit</source>
        <translation>Geistiges Eigentum beim Ausstieg</translation>
    </message>
    <message>
        <source>Exclusivity and non-compete</source>
        <translation>Exklusivität und Wettbewerbsverbot</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Umfang</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <source>Antitrust review</source>
        <translation>Kartellrechtliche Prüfung</translation>
    </message>
    <message>
        <source>Supply and offtake</source>
        <translation>Lieferung und Abnahme</translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation>Mengen</translation>
    </message>
    <message>
        <source>Pricing basis</source>
        <translation>Preisgrundlage</translation>
    </message>
    <message>
        <source>Take-or-pay</source>
        <translation>Take-or-pay</translation>
    </message>
    <message>
        <source>Allocation in shortage</source>
        <translation>Zuteilung bei Knappheit</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Übertragungen</translation>
    </message>
    <message>
        <source>Lock-up</source>
        <translation>Haltefrist (Lock-up)</translation>
    </message>
    <message>
        <source>Pre-emption</source>
        <translation>Vorkaufsrecht</translation>
    </message>
    <message>
        <source>Tag-along and drag-along</source>
        <translation>Mitverkaufsrecht und Mitverkaufspflicht</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Ausstieg</translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <source>Renewal and term</source>
        <translation>Verlängerung und Laufzeit</translation>
    </message>
    <message>
        <source>Shared assets on exit</source>
        <translation>Gemeinsame Assets beim Ausstieg</translation>
    </message>
    <message>
        <source>Surviving obligations</source>
        <translation>Fortgeltende Pflichten</translation>
    </message>
    <message>
        <source>Information and confidentiality</source>
        <translation>Information und Vertraulichkeit</translation>
    </message>
    <message>
        <source>Reporting</source>
        <translation>Berichtswesen</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Prüfung (Audit)</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation>Vertraulichkeit</translation>
    </message>
    <message>
        <source>Clean team</source>
        <translation>Clean Team</translation>
    </message>
    <message>
        <source>Approvals and conditions precedent</source>
        <translation>Genehmigungen und aufschiebende Bedingungen</translation>
    </message>
    <message>
        <source>Merger control</source>
        <translation>Fusionskontrolle</translation>
    </message>
    <message>
        <source>Foreign-investment screening</source>
        <translation>Investitionsprüfung (Auslandsinvestitionen)</translation>
    </message>
    <message>
        <source>Foreign-subsidy review</source>
        <translation>Prüfung drittstaatlicher Subventionen</translation>
    </message>
    <message>
        <source>Export licences</source>
        <translation>Ausfuhrgenehmigungen</translation>
    </message>
    <message>
        <source>Data transfer</source>
        <translation>Datenübermittlung</translation>
    </message>
    <message>
        <source>Long-stop date</source>
        <translation>Long-Stop-Datum</translation>
    </message>
    <message>
        <source>Disputes and governing law</source>
        <translation>Streitbeilegung und anwendbares Recht</translation>
    </message>
    <message>
        <source>Arbitration institution</source>
        <translation>Schiedsinstitution</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Governing law</source>
        <translation>Anwendbares Recht</translation>
    </message>
    <message>
        <source>Binding provisions</source>
        <translation>Verbindliche Bestimmungen</translation>
    </message>
    <message>
        <source>Exclusivity period</source>
        <translation>Exklusivitätszeitraum</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Non-binding effect</source>
        <translation>Unverbindlichkeit</translation>
    </message>
    <message>
        <source>Save for the binding provisions in Part A, these heads of terms are not binding and create no obligation to enter into any agreement.</source>
        <translation>Mit Ausnahme der verbindlichen Bestimmungen in Teil A sind diese Eckpunkte unverbindlich und begründen keine Verpflichtung zum Abschluss eines Vertrags.</translation>
    </message>
    <message>
        <source>Don&apos;t know</source>
        <translation>Weiß nicht</translation>
    </message>
    <message>
        <source>Competitively sensitive: the partners may also be competitors. Give only what your organisation&apos;s rules on sharing information with competitors allow; if in doubt, ask your legal team first or skip this question.</source>
        <translation>Wettbewerbssensibel: Die Partner können zugleich Wettbewerber sein. Geben Sie nur an, was die Regeln Ihres Unternehmens zum Informationsaustausch mit Wettbewerbern erlauben; fragen Sie im Zweifel zuerst Ihre Rechtsabteilung oder überspringen Sie diese Frage.</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>Finanzen</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>Recht</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualität</translation>
    </message>
    <message>
        <source>Human resources</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>partners differ</source>
        <translation>Partner weichen voneinander ab</translation>
    </message>
    <message>
        <source>nobody has defined this yet</source>
        <translation>noch von niemandem definiert</translation>
    </message>
    <message>
        <source>a partner does not know</source>
        <translation>ein Partner weiß es nicht</translation>
    </message>
</context>
<context>
    <name>LivePanel</name>
    <message>
        <source>Live answering</source>
        <translation>Live-Beantwortung</translation>
    </message>
    <message>
        <source>Participants answer on their own phones or laptops over this room&apos;s network (room Wi-Fi or this laptop&apos;s hotspot); no internet is needed. Each participant&apos;s link opens their own questionnaire only.</source>
        <translation>Die Teilnehmenden antworten auf ihren eigenen Telefonen oder Laptops über das Netzwerk dieses Raums (Raum-WLAN oder der Hotspot dieses Laptops); Internet wird nicht benötigt. Der Link jeder teilnehmenden Person öffnet nur ihren eigenen Fragebogen.</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>Address to serve on</source>
        <translation>Adresse, unter der bereitgestellt wird</translation>
    </message>
    <message>
        <source>The address of this computer on the room&apos;s network. 127.0.0.1 serves this computer only.</source>
        <translation>Die Adresse dieses Computers im Netzwerk des Raums. 127.0.0.1 bedient nur diesen Computer.</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;toppen</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Teilnehmende Person</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Geöffnet</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Beantwortet</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>QR code of the chosen participant&apos;s link</source>
        <translation>QR-Code des Links der ausgewählten Person</translation>
    </message>
    <message>
        <source>&amp;Copy link</source>
        <translation>Link &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;New link</source>
        <translation>&amp;Neuer Link</translation>
    </message>
    <message>
        <source>A new link for this participant; the old one ends</source>
        <translation>Ein neuer Link für diese Person; der alte wird ungültig</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>&amp;Wieder öffnen</translation>
    </message>
    <message>
        <source>Let a participant who said &quot;I&apos;m done&quot; change answers again</source>
        <translation>Einer Person, die „Ich bin fertig“ gewählt hat, wieder Änderungen erlauben</translation>
    </message>
    <message>
        <source>Save &amp;handout (PDF)...</source>
        <translation>&amp;Handzettel speichern (PDF)...</translation>
    </message>
    <message>
        <source>Pro&amp;jector slide</source>
        <translation>&amp;Projektorfolie</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>This workshop is open read-only; answers could not be saved.</source>
        <translation>Dieser Workshop ist schreibgeschützt geöffnet; Antworten konnten nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Serving on {url} (address {host} only). Participants on this network open their own link or scan their QR code.</source>
        <translation>Bereitgestellt unter {url} (nur Adresse {host}). Teilnehmende in diesem Netzwerk öffnen ihren eigenen Link oder scannen ihren QR-Code.</translation>
    </message>
    <message>
        <source>Stop live answering? Every participant&apos;s link stops working until you start it again.</source>
        <translation>Live-Beantwortung beenden? Die Links aller Teilnehmenden funktionieren erst wieder, wenn Sie sie erneut starten.</translation>
    </message>
    <message>
        <source>Not serving: nothing listens on the network until you press Start.</source>
        <translation>Keine Bereitstellung: Bis Sie auf „Starten“ drücken, wird im Netzwerk nichts angeboten.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>{n} of {m}</source>
        <translation>{n} von {m}</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>{name} is not done</source>
        <translation>{name} ist nicht fertig</translation>
    </message>
    <message>
        <source>Save the participants&apos; handout</source>
        <translation>Handzettel für die Teilnehmenden speichern</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Workshop steps</source>
        <translation>Workshop-Schritte</translation>
    </message>
    <message>
        <source>Partnership Workshop</source>
        <translation>Partnership Workshop</translation>
    </message>
    <message>
        <source>Cannot open workshop</source>
        <translation>Workshop kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>{problem}

Open it read-only?</source>
        <translation>{problem}

Schreibgeschützt öffnen?</translation>
    </message>
    <message>
        <source>Workshop cannot be changed here</source>
        <translation>Workshop kann hier nicht geändert werden</translation>
    </message>
    <message>
        <source>Read-only: this workshop is being changed elsewhere or may not be changed by you. Changes cannot be saved.</source>
        <translation>Schreibgeschützt: Dieser Workshop wird an anderer Stelle geändert oder darf von Ihnen nicht geändert werden. Änderungen können nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Schreibgeschützt</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Alle Änderungen gespeichert</translation>
    </message>
    <message>
        <source>Save the new workshop as</source>
        <translation>Neuen Workshop speichern unter</translation>
    </message>
    <message>
        <source>Cannot create workshop</source>
        <translation>Workshop kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>Open workshop</source>
        <translation>Workshop öffnen</translation>
    </message>
    <message>
        <source>Cannot create the demo</source>
        <translation>Demo kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Partnership workshops (*.workshop);;All files (*)</source>
        <translation>Partnerschafts-Workshops (*.workshop);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation>Kopie speichern unter</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Kopie speichern</translation>
    </message>
    <message>
        <source>Choose a name other than the open file.</source>
        <translation>Wählen Sie einen anderen Namen als den der geöffneten Datei.</translation>
    </message>
    <message>
        <source>Copy not saved</source>
        <translation>Kopie nicht gespeichert</translation>
    </message>
    <message>
        <source>Copy saved to {path}</source>
        <translation>Kopie gespeichert unter {path}</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (schreibgeschützt)</translation>
    </message>
    <message>
        <source>NOT SAVED: {message}</source>
        <translation>NICHT GESPEICHERT: {message}</translation>
    </message>
    <message>
        <source>(no workshop open)</source>
        <translation>(kein Workshop geöffnet)</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Benutzerhandbuch</translation>
    </message>
    <message>
        <source>## User guide

1. **Setup**: workshop title, purpose, phase, date; add 2 to 6 partners and their
   participants.
2. **Questionnaire**: choose who is answering; press 1-9 to answer and go on, Enter or
   Right for the next question, Left to go back.
3. **Alignment**: reveal the answers, then discuss the gaps one by one.
4. **Contributions**, **Governance**, **Exit**, **Actions**: record what was agreed.
5. **Review**: fix what the readiness checklist asks, then export the term sheet and the
   leadership summary.

Every change is saved at once; Edit &gt; Undo takes it back. F5 starts presentation mode;
Esc leaves it.
</source>
        <translation>## Benutzerhandbuch

1. **Einrichtung**: Titel, Zweck, Phase und Datum des Workshops; 2 bis 6 Partner und ihre
   Teilnehmenden hinzufügen.
2. **Fragebogen**: wählen, wer antwortet; 1–9 drücken, um zu antworten und weiterzugehen, Eingabe oder
   Rechts für die nächste Frage, Links für zurück.
3. **Abstimmung**: die Antworten aufdecken, dann die Lücken nacheinander besprechen.
4. **Beiträge**, **Governance**, **Ausstieg**, **Maßnahmen**: festhalten, was vereinbart wurde.
5. **Prüfung**: erledigen, was die Checkliste verlangt, dann das Term Sheet und die
   Zusammenfassung für die Geschäftsleitung exportieren.

Jede Änderung wird sofort gespeichert; Bearbeiten &gt; Rückgängig nimmt sie zurück. F5 startet den Präsentationsmodus;
Esc beendet ihn.
</translation>
    </message>
</context>
<context>
    <name>NewWorkshopDialog</name>
    <message>
        <source>New workshop</source>
        <translation>Neuer Workshop</translation>
    </message>
    <message>
        <source>Partnership workshop</source>
        <translation>Partnerschafts-Workshop</translation>
    </message>
    <message>
        <source>{title} ({n} questions, version {v})</source>
        <translation>{title} ({n} Fragen, Version {v})</translation>
    </message>
    <message>
        <source>{label} – your template</source>
        <translation>{label} – Ihre Vorlage</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Questionnaire:</source>
        <translation>&amp;Fragebogen:</translation>
    </message>
    <message>
        <source>Some of your templates cannot be used:</source>
        <translation>Einige Ihrer Vorlagen können nicht verwendet werden:</translation>
    </message>
    <message>
        <source>Give the workshop a title.</source>
        <translation>Geben Sie dem Workshop einen Titel.</translation>
    </message>
</context>
<context>
    <name>NumberPanel</name>
    <message>
        <source>Number answer</source>
        <translation>Zahlenantwort</translation>
    </message>
    <message>
        <source>from {v:g}</source>
        <translation>ab {v:g}</translation>
    </message>
    <message>
        <source>to {v:g}</source>
        <translation>bis {v:g}</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>Read-only: this workshop is open in another window.</source>
        <translation>Schreibgeschützt: Dieser Workshop ist in einem anderen Fenster geöffnet.</translation>
    </message>
    <message>
        <source>Remove &apos;{name}&apos;</source>
        <translation>„{name}“ entfernen</translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Beantwortet</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>{n} of {total}</source>
        <translation>{n} von {total}</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Name: &apos;{name}&apos; is already a participant of this partner; give each person a different name (for example with an initial).</source>
        <translation>Name: „{name}“ ist bereits Teilnehmende(r) dieses Partners; geben Sie jeder Person einen anderen Namen (zum Beispiel mit einer Initiale).</translation>
    </message>
    <message>
        <source>Function of {name}: &apos;{text}&apos; is not one of {allowed}.</source>
        <translation>Funktion von {name}: „{text}“ ist keine von {allowed}.</translation>
    </message>
    <message>
        <source>Language of {name}: &apos;{text}&apos; is not one of {allowed}.</source>
        <translation>Sprache von {name}: „{text}“ ist keine von {allowed}.</translation>
    </message>
    <message>
        <source>Edit participant {name}</source>
        <translation>Teilnehmende(n) {name} bearbeiten</translation>
    </message>
</context>
<context>
    <name>PartnersModel</name>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
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
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Capacities</source>
        <translation>Kapazitäten</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>Edit partner {name}</source>
        <translation>Partner {name} bearbeiten</translation>
    </message>
    <message>
        <source>Declared capacity per unit, e.g. engineer-years = 40; FTE = 12</source>
        <translation>Angegebene Kapazität je Einheit, z. B. engineer-years = 40; FTE = 12</translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <source>Presentation</source>
        <translation>Präsentation</translation>
    </message>
    <message>
        <source>Left and Right move between slides; G filters the gaps and jumps to a slide; P shows progress; T switches theme; S moves to the next screen; M chooses the screen from a menu; Esc leaves</source>
        <translation>Links und Rechts wechseln die Folie; G filtert die Lücken und springt zu einer Folie; P zeigt den Fortschritt; T wechselt das Farbschema; S wechselt zum nächsten Bildschirm; M wählt den Bildschirm aus einem Menü; Esc beendet</translation>
    </message>
    <message>
        <source>Alignment by element</source>
        <translation>Abstimmung nach Element</translation>
    </message>
    <message>
        <source>Progress: who is done</source>
        <translation>Fortschritt: Wer ist fertig</translation>
    </message>
    <message>
        <source>{n}. Overview</source>
        <translation>{n}. Übersicht</translation>
    </message>
    <message>
        <source>{n}. Answers are not revealed yet</source>
        <translation>{n}. Antworten sind noch nicht aufgedeckt</translation>
    </message>
    <message>
        <source>{n}. Gap {gap}: {title} ({element})</source>
        <translation>{n}. Lücke {gap}: {title} ({element})</translation>
    </message>
    <message>
        <source>{n}. {title}</source>
        <translation>{n}. {title}</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>{n} / {total}</source>
        <translation>{n} / {total}</translation>
    </message>
    <message>
        <source>filtered</source>
        <translation>gefiltert</translation>
    </message>
    <message>
        <source>{title}   ·   {where}   ·   ← →  move   ·   G  go to   ·   T  theme   ·   Esc  leave</source>
        <translation>{title}   ·   {where}   ·   ← →  blättern   ·   G  springen   ·   T  Farbschema   ·   Esc  beenden</translation>
    </message>
    <message>
        <source>S  next screen</source>
        <translation>S  nächster Bildschirm</translation>
    </message>
    <message>
        <source>M  choose the screen</source>
        <translation>M  Bildschirm wählen</translation>
    </message>
    <message>
        <source>Answers are not revealed yet</source>
        <translation>Die Antworten sind noch nicht aufgedeckt</translation>
    </message>
    <message>
        <source>The facilitator reveals the alignment on the Alignment page.</source>
        <translation>Die Moderation deckt die Abstimmung auf der Seite „Abstimmung“ auf.</translation>
    </message>
    <message>
        <source>Show on screen</source>
        <translation>Auf Bildschirm zeigen</translation>
    </message>
    <message>
        <source>Show the presentation on this screen</source>
        <translation>Die Präsentation auf diesem Bildschirm zeigen</translation>
    </message>
    <message>
        <source>(this computer&apos;s main screen)</source>
        <translation>(Hauptbildschirm dieses Computers)</translation>
    </message>
    <message>
        <source>Screen {n}: {name} ({width} × {height})</source>
        <translation>Bildschirm {n}: {name} ({width} × {height})</translation>
    </message>
    <message>
        <source>Screen {n} ({width} × {height})</source>
        <translation>Bildschirm {n} ({width} × {height})</translation>
    </message>
</context>
<context>
    <name>ProgressShown</name>
    <message>
        <source>%v of %m questions</source>
        <translation>%v von %m Fragen</translation>
    </message>
    <message>
        <source>Partner:</source>
        <translation>Partner:</translation>
    </message>
    <message>
        <source>%p% · {done} of {n} participants done</source>
        <translation>%p % · {done} von {n} Teilnehmenden fertig</translation>
    </message>
    <message>
        <source>{partner}:</source>
        <translation>{partner}:</translation>
    </message>
</context>
<context>
    <name>ProjectorSlide</name>
    <message>
        <source>Live answering - projector</source>
        <translation>Live-Beantwortung – Projektor</translation>
    </message>
    <message>
        <source>1. Join this room&apos;s Wi-Fi.
2. Scan the QR code on your own handout (or type its link).
3. Answer one question at a time; press &quot;I&apos;m done&quot; at the end.

Serving on {url} · {done} of {n} finished</source>
        <translation>1. Verbinden Sie sich mit dem WLAN dieses Raums.
2. Scannen Sie den QR-Code auf Ihrem eigenen Handzettel (oder tippen Sie den Link ein).
3. Beantworten Sie eine Frage nach der anderen; drücken Sie am Ende „Ich bin fertig“.

Bereitgestellt unter {url} · {done} von {n} fertig</translation>
    </message>
    <message>
        <source>(not started)</source>
        <translation>(nicht gestartet)</translation>
    </message>
</context>
<context>
    <name>QuestionForm</name>
    <message>
        <source>None ticked: the question is for every one.</source>
        <translation>Nichts angekreuzt: Die Frage gilt für alle.</translation>
    </message>
    <message>
        <source>Answers may be competitively sensitive</source>
        <translation>Antworten können wettbewerbssensibel sein</translation>
    </message>
    <message>
        <source>A position on the matter</source>
        <translation>Eine Position zur Sache</translation>
    </message>
    <message>
        <source>How far it is defined (definition ladder)</source>
        <translation>Wie weit es definiert ist (Definitionsleiter)</translation>
    </message>
    <message>
        <source>Scale from</source>
        <translation>Skala von</translation>
    </message>
    <message>
        <source>Scale to</source>
        <translation>Skala bis</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Beschriftung</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>Add o&amp;ption</source>
        <translation>O&amp;ption hinzufügen</translation>
    </message>
    <message>
        <source>Remove option</source>
        <translation>Option entfernen</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;ID:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;yp:</translation>
    </message>
    <message>
        <source>&amp;Element:</source>
        <translation>&amp;Element:</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Frage:</translation>
    </message>
    <message>
        <source>S&amp;hort title:</source>
        <translation>&amp;Kurztitel:</translation>
    </message>
    <message>
        <source>He&amp;lp:</source>
        <translation>&amp;Hilfe:</translation>
    </message>
    <message>
        <source>&amp;Weight:</source>
        <translation>&amp;Gewichtung:</translation>
    </message>
    <message>
        <source>Phases
(none: all):</source>
        <translation>Phasen
(keine: alle):</translation>
    </message>
    <message>
        <source>Purposes
(none: all):</source>
        <translation>Zwecke
(keine: alle):</translation>
    </message>
    <message>
        <source>Functions
(none: all):</source>
        <translation>Funktionen
(keine: alle):</translation>
    </message>
    <message>
        <source>&amp;Clause:</source>
        <translation>&amp;Klausel:</translation>
    </message>
    <message>
        <source>&amp;Measures:</source>
        <translation>&amp;Misst:</translation>
    </message>
    <message>
        <source>&amp;Scale:</source>
        <translation>&amp;Skala:</translation>
    </message>
    <message>
        <source>&amp;Anchors:</source>
        <translation>&amp;Anker:</translation>
    </message>
    <message>
        <source>&amp;Options:</source>
        <translation>&amp;Optionen:</translation>
    </message>
    <message>
        <source>&amp;Points to split:</source>
        <translation>Zu verteilende &amp;Punkte:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Einheit:</translation>
    </message>
    <message>
        <source>Mi&amp;nimum:</source>
        <translation>Mi&amp;nimum:</translation>
    </message>
    <message>
        <source>Ma&amp;ximum:</source>
        <translation>Ma&amp;ximum:</translation>
    </message>
    <message>
        <source>&amp;Tolerance:</source>
        <translation>&amp;Toleranz:</translation>
    </message>
    <message>
        <source>Problem with {field}</source>
        <translation>Problem bei {field}</translation>
    </message>
    <message>
        <source>Option A</source>
        <translation>Option A</translation>
    </message>
    <message>
        <source>Option B</source>
        <translation>Option B</translation>
    </message>
</context>
<context>
    <name>QuestionPreview</name>
    <message>
        <source>Fix the problems shown beside the fields to see the preview.</source>
        <translation>Beheben Sie die neben den Feldern angezeigten Probleme, um die Vorschau zu sehen.</translation>
    </message>
    <message>
        <source>Points to split: {n:g}</source>
        <translation>Zu verteilende Punkte: {n:g}</translation>
    </message>
</context>
<context>
    <name>QuestionScopeBox</name>
    <message>
        <source>Questions asked in this workshop</source>
        <translation>In diesem Workshop gestellte Fragen</translation>
    </message>
    <message>
        <source>&amp;Blind-spot threshold:</source>
        <translation>&amp;Schwelle für blinde Flecken:</translation>
    </message>
    <message>
        <source>Blind-spot threshold</source>
        <translation>Schwelle für blinde Flecken</translation>
    </message>
    <message>
        <source>A question measuring how far something is defined is a blind spot when the partners&apos; definition (0 not discussed, 1 agreed in writing) is below this.</source>
        <translation>Eine Frage, die misst, wie weit etwas definiert ist, ist ein blinder Fleck, wenn die Definition der Partner (0 nicht besprochen, 1 schriftlich vereinbart) darunter liegt.</translation>
    </message>
    <message>
        <source>Questions asked: tick to include, untick to exclude</source>
        <translation>Gestellte Fragen: ankreuzen zum Einbeziehen, abwählen zum Ausschließen</translation>
    </message>
    <message>
        <source>(included by you)</source>
        <translation>(von Ihnen einbezogen)</translation>
    </message>
    <message>
        <source>(excluded by you)</source>
        <translation>(von Ihnen ausgeschlossen)</translation>
    </message>
    <message>
        <source>(not for this phase or purpose)</source>
        <translation>(nicht für diese Phase oder diesen Zweck)</translation>
    </message>
    <message>
        <source>{n} of {total} questions are asked. The phase and purposes choose them; tick a question to include it or untick it to exclude it (Space toggles).</source>
        <translation>{n} von {total} Fragen werden gestellt. Phase und Zwecke bestimmen die Auswahl; kreuzen Sie eine Frage an, um sie einzubeziehen, oder wählen Sie sie ab, um sie auszuschließen (Leertaste schaltet um).</translation>
    </message>
</context>
<context>
    <name>QuestionnaireEditor</name>
    <message>
        <source>Edit questionnaire</source>
        <translation>Fragebogen bearbeiten</translation>
    </message>
    <message>
        <source>Read-only: this workshop is open in another window.</source>
        <translation>Schreibgeschützt: Dieser Workshop ist in einem anderen Fenster geöffnet.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>&amp;Add question</source>
        <translation>Frage &amp;hinzufügen</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplizieren</translation>
    </message>
    <message>
        <source>Move u&amp;p</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Switch o&amp;ff</source>
        <translation>&amp;Ausschalten</translation>
    </message>
    <message>
        <source>A switched-off question is not asked or scored; its answers stay. A question not meant for this workshop&apos;s phase or purposes can be switched on.</source>
        <translation>Eine ausgeschaltete Frage wird weder gestellt noch bewertet; ihre Antworten bleiben erhalten. Eine Frage, die nicht für die Phase oder die Zwecke dieses Workshops gedacht ist, kann eingeschaltet werden.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Question and questionnaire</source>
        <translation>Frage und Fragebogen</translation>
    </message>
    <message>
        <source>The chosen question</source>
        <translation>Die gewählte Frage</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>&amp;Save question</source>
        <translation>Frage &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;Question</source>
        <translation>&amp;Frage</translation>
    </message>
    <message>
        <source>P&amp;review</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <source>Questionnaire &amp;&amp; &amp;glossary</source>
        <translation>Fragebogen &amp;&amp; &amp;Glossar</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source> (switched off)</source>
        <translation> (ausgeschaltet)</translation>
    </message>
    <message>
        <source> (not asked in this phase)</source>
        <translation> (in dieser Phase nicht gestellt)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Save your changes to question {id}?</source>
        <translation>Änderungen an Frage {id} speichern?</translation>
    </message>
    <message>
        <source>Switch o&amp;n</source>
        <translation>&amp;Einschalten</translation>
    </message>
    <message>
        <source>This question has answers: its wording may change (the change is kept with the questionnaire); its type, options and scale may not.</source>
        <translation>Diese Frage hat Antworten: Ihr Wortlaut darf sich ändern (die Änderung wird mit dem Fragebogen festgehalten); Typ, Optionen und Skala nicht.</translation>
    </message>
    <message>
        <source>Edited {date}: {field} was “{was}”.</source>
        <translation>Bearbeitet am {date}: {field} lautete „{was}“.</translation>
    </message>
    <message>
        <source>Edit question {id}</source>
        <translation>Frage {id} bearbeiten</translation>
    </message>
    <message>
        <source>Question has answers</source>
        <translation>Frage hat Antworten</translation>
    </message>
    <message>
        <source>Add your version as a new question and switch {id} off?</source>
        <translation>Ihre Fassung als neue Frage hinzufügen und {id} ausschalten?</translation>
    </message>
    <message>
        <source>Duplicate {old} as {new}</source>
        <translation>{old} als {new} duplizieren</translation>
    </message>
    <message>
        <source>Add question {id}</source>
        <translation>Frage {id} hinzufügen</translation>
    </message>
    <message>
        <source>Duplicate question {id}</source>
        <translation>Frage {id} duplizieren</translation>
    </message>
    <message>
        <source>Move question {id}</source>
        <translation>Frage {id} verschieben</translation>
    </message>
    <message>
        <source>Switch off question {id}</source>
        <translation>Frage {id} ausschalten</translation>
    </message>
    <message>
        <source>Switch on question {id}</source>
        <translation>Frage {id} einschalten</translation>
    </message>
    <message>
        <source>Remove question {id}</source>
        <translation>Frage {id} entfernen</translation>
    </message>
</context>
<context>
    <name>QuestionnairePage</name>
    <message>
        <source>{name} has typed an answer that is not saved: {error}</source>
        <translation>{name} hat eine Antwort eingegeben, die nicht gespeichert ist: {error}</translation>
    </message>
    <message>
        <source>{name} has answered {n} of {total} questions and has not pressed &quot;I&apos;m done&quot;.</source>
        <translation>{name} hat {n} von {total} Fragen beantwortet und „Ich bin fertig“ noch nicht gedrückt.</translation>
    </message>
    <message>
        <source>Switch participant?</source>
        <translation>Teilnehmende Person wechseln?</translation>
    </message>
    <message>
        <source>Switch to {name}?</source>
        <translation>Zu {name} wechseln?</translation>
    </message>
    <message>
        <source>That was the last question. Press &quot;I&apos;m done&quot; when finished.</source>
        <translation>Das war die letzte Frage. Drücken Sie „Ich bin fertig“, wenn Sie fertig sind.</translation>
    </message>
    <message>
        <source>Answer to {question}</source>
        <translation>Antwort auf {question}</translation>
    </message>
    <message>
        <source>Not saved: {problem}</source>
        <translation>Nicht gespeichert: {problem}</translation>
    </message>
    <message>
        <source>Comment on {q}</source>
        <translation>Kommentar zu {q}</translation>
    </message>
    <message>
        <source>{name} is done</source>
        <translation>{name} ist fertig</translation>
    </message>
    <message>
        <source>{name} is not done</source>
        <translation>{name} ist nicht fertig</translation>
    </message>
    <message>
        <source>Blind mode: only your own answers are shown until the facilitator reveals them.</source>
        <translation>Blindmodus: Nur Ihre eigenen Antworten werden angezeigt, bis die Moderation sie aufdeckt.</translation>
    </message>
    <message>
        <source>Only the chosen participant&apos;s answers are shown here.</source>
        <translation>Hier werden nur die Antworten der ausgewählten Person angezeigt.</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Fragebogen</translation>
    </message>
</context>
<context>
    <name>QuestionnaireSettings</name>
    <message>
        <source>Template &amp;id:</source>
        <translation>Vorlagen-&amp;ID:</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Version:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Sections (one per element):</source>
        <translation>Abschnitte (einer je Element):</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Intro</source>
        <translation>Einleitung</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Abschnitte</translation>
    </message>
    <message>
        <source>Glossary (terms participants must know):</source>
        <translation>Glossar (Begriffe, die Teilnehmende kennen müssen):</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Begriff</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Glossar</translation>
    </message>
    <message>
        <source>Add &amp;term</source>
        <translation>&amp;Begriff hinzufügen</translation>
    </message>
    <message>
        <source>Remove term</source>
        <translation>Begriff entfernen</translation>
    </message>
    <message>
        <source>Save &amp;questionnaire details</source>
        <translation>&amp;Fragebogendetails speichern</translation>
    </message>
    <message>
        <source>questionnaire</source>
        <translation>Fragebogen</translation>
    </message>
    <message>
        <source>Edit questionnaire details</source>
        <translation>Fragebogendetails bearbeiten</translation>
    </message>
</context>
<context>
    <name>QuestionnaireView</name>
    <message>
        <source>Participant answering</source>
        <translation>Antwortende Person</translation>
    </message>
    <message>
        <source>&amp;Who is answering:</source>
        <translation>&amp;Wer antwortet:</translation>
    </message>
    <message>
        <source>I&apos;m &amp;done</source>
        <translation>Ich bin &amp;fertig</translation>
    </message>
    <message>
        <source>Mark this participant as finished</source>
        <translation>Diese Person als fertig markieren</translation>
    </message>
    <message>
        <source>&amp;Live answering...</source>
        <translation>&amp;Live-Beantwortung...</translation>
    </message>
    <message>
        <source>Participants answer on their own phones or laptops</source>
        <translation>Die Teilnehmenden antworten auf ihren eigenen Telefonen oder Laptops</translation>
    </message>
    <message>
        <source>Progress of this participant</source>
        <translation>Fortschritt dieser Person</translation>
    </message>
    <message>
        <source>Progress of this partner</source>
        <translation>Fortschritt dieses Partners</translation>
    </message>
    <message>
        <source>This participant:</source>
        <translation>Diese Person:</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Kommentar:</translation>
    </message>
    <message>
        <source>Optional: why this answer?</source>
        <translation>Optional: Warum diese Antwort?</translation>
    </message>
    <message>
        <source>← &amp;Back</source>
        <translation>← &amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>Ü&amp;berspringen</translation>
    </message>
    <message>
        <source>Leave this question unanswered and go on</source>
        <translation>Diese Frage unbeantwortet lassen und weitergehen</translation>
    </message>
    <message>
        <source>Don&apos;t &amp;know</source>
        <translation>Weiß &amp;nicht</translation>
    </message>
    <message>
        <source>Answer &quot;Don&apos;t know&quot; and go on (key 0). It counts as an answer, not a view.</source>
        <translation>„Weiß nicht“ antworten und weitergehen (Taste 0). Das zählt als Antwort, nicht als Position.</translation>
    </message>
    <message>
        <source>&amp;Next →</source>
        <translation>&amp;Weiter →</translation>
    </message>
    <message>
        <source>Keys: 1-9 answer and go on · 0 don&apos;t know · Enter or → next · ← back · Shift+Enter new line in a text answer · Tab moves between fields</source>
        <translation>Tasten: 1–9 antworten und weiter · 0 weiß nicht · Eingabe oder → weiter · ← zurück · Umschalt+Eingabe neue Zeile in einer Textantwort · Tab wechselt zwischen Feldern</translation>
    </message>
    <message>
        <source>Nobody is answering yet</source>
        <translation>Noch antwortet niemand</translation>
    </message>
    <message>
        <source>Answering: {name}</source>
        <translation>Es antwortet: {name}</translation>
    </message>
    <message>
        <source>Add partners and participants on the Setup page first.</source>
        <translation>Fügen Sie zuerst auf der Seite „Einrichtung“ Partner und Teilnehmende hinzu.</translation>
    </message>
    <message>
        <source>This questionnaire has no questions.</source>
        <translation>Dieser Fragebogen enthält keine Fragen.</translation>
    </message>
    <message>
        <source>Question {n} of {total}</source>
        <translation>Frage {n} von {total}</translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation>Noch nicht beantwortet</translation>
    </message>
    <message>
        <source>Answered: don&apos;t know</source>
        <translation>Beantwortet: weiß nicht</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Beantwortet</translation>
    </message>
    <message>
        <source>{n} answer(s) of this participant are to questions this workshop no longer asks ({ids}); they are kept in the file but not scored.</source>
        <translation>{n} Antwort(en) dieser Person betreffen Fragen, die dieser Workshop nicht mehr stellt ({ids}); sie bleiben in der Datei, werden aber nicht bewertet.</translation>
    </message>
</context>
<context>
    <name>RadarChart</name>
    <message>
        <source>Radar chart of alignment scores</source>
        <translation>Netzdiagramm der Abstimmungswerte</translation>
    </message>
    <message>
        <source>Not enough scores yet</source>
        <translation>Noch nicht genug Werte</translation>
    </message>
</context>
<context>
    <name>RadarTable</name>
    <message>
        <source>Alignment scores as a table</source>
        <translation>Abstimmungswerte als Tabelle</translation>
    </message>
</context>
<context>
    <name>RankingPanel</name>
    <message>
        <source>Drag to order, or select and press Ctrl+Up / Ctrl+Down. First = most important.</source>
        <translation>Zum Sortieren ziehen oder auswählen und Strg+Auf / Strg+Ab drücken. Erster = am wichtigsten.</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Rangfolge</translation>
    </message>
    <message>
        <source>Save this &amp;order</source>
        <translation>Diese &amp;Reihenfolge speichern</translation>
    </message>
</context>
<context>
    <name>ReadinessModel</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>Was fehlt</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Offen</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Backups of &apos;{name}&apos;, newest first. A backup is taken when a changed workshop is closed. They are kept in {folder}</source>
        <translation>Sicherungen von „{name}“, die neueste zuerst. Eine Sicherung wird angelegt, wenn ein geänderter Workshop geschlossen wird. Sie liegen in {folder}</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>nicht lesbar</translation>
    </message>
    <message>
        <source>There are no backups of this workshop yet.</source>
        <translation>Von diesem Workshop gibt es noch keine Sicherungen.</translation>
    </message>
    <message>
        <source>&amp;Restore here</source>
        <translation>&amp;Hier wiederherstellen</translation>
    </message>
    <message>
        <source>Replace the workshop&apos;s content with the backup; Edit &gt; Undo takes it back.</source>
        <translation>Den Inhalt des Workshops durch die Sicherung ersetzen; Bearbeiten &gt; Rückgängig nimmt es zurück.</translation>
    </message>
    <message>
        <source>Restore as a &amp;new file…</source>
        <translation>Als &amp;neue Datei wiederherstellen…</translation>
    </message>
    <message>
        <source>Backup not restored</source>
        <translation>Sicherung nicht wiederhergestellt</translation>
    </message>
    <message>
        <source>Restore the backup of {when}</source>
        <translation>Sicherung vom {when} wiederherstellen</translation>
    </message>
    <message>
        <source>Restored the backup of {when}; Edit &gt; Undo takes it back.</source>
        <translation>Sicherung vom {when} wiederhergestellt; Bearbeiten &gt; Rückgängig nimmt es zurück.</translation>
    </message>
    <message>
        <source>Restore the backup as</source>
        <translation>Sicherung wiederherstellen als</translation>
    </message>
    <message>
        <source>Partnership workshops (*.workshop);;All files (*)</source>
        <translation>Partnerschafts-Workshops (*.workshop);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Readiness</source>
        <translation>Bereitschaft</translation>
    </message>
    <message>
        <source>Select a check that is not ready and press Enter, or use the button, to go where it is fixed.</source>
        <translation>Wählen Sie eine noch nicht erfüllte Prüfung und drücken Sie die Eingabetaste oder die Schaltfläche, um dorthin zu gelangen, wo sie behoben wird.</translation>
    </message>
    <message>
        <source>Readiness checklist</source>
        <translation>Bereitschafts-Checkliste</translation>
    </message>
    <message>
        <source>&amp;Go to where this is fixed</source>
        <translation>&amp;Dorthin, wo es behoben wird</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Export &amp;Excel term sheet…</source>
        <translation>&amp;Excel-Term-Sheet exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;PDF summary…</source>
        <translation>&amp;PDF-Zusammenfassung exportieren…</translation>
    </message>
    <message>
        <source>Leadership summary</source>
        <translation>Zusammenfassung für die Geschäftsleitung</translation>
    </message>
    <message>
        <source>Full report</source>
        <translation>Vollständiger Bericht</translation>
    </message>
    <message>
        <source>PDF variant</source>
        <translation>PDF-Variante</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>Seitenformat</translation>
    </message>
    <message>
        <source>Export pre-&amp;work workbook…</source>
        <translation>&amp;Vorbereitungsarbeitsmappe exportieren…</translation>
    </message>
    <message>
        <source>Partner for the pre-work workbook</source>
        <translation>Partner für die Vorbereitungsarbeitsmappe</translation>
    </message>
    <message>
        <source>Ready for the term sheet: {passed} of {total} checks</source>
        <translation>Bereit für das Term Sheet: {passed} von {total} Prüfungen</translation>
    </message>
    <message>
        <source>Add a partner on the Setup page first.</source>
        <translation>Fügen Sie zuerst auf der Seite „Einrichtung“ einen Partner hinzu.</translation>
    </message>
    <message>
        <source>Export reveals the results</source>
        <translation>Der Export deckt die Ergebnisse auf</translation>
    </message>
    <message>
        <source>Blind mode is on and the answers have not been revealed yet.

{contents} Anyone who sees the file sees them.

Export it anyway?</source>
        <translation>Der Blindmodus ist aktiv und die Antworten sind noch nicht aufgedeckt.

{contents} Wer die Datei sieht, sieht sie.

Trotzdem exportieren?</translation>
    </message>
    <message>
        <source>The Excel term sheet contains the results: alignment scores, gaps and each partner&apos;s answers.</source>
        <translation>Das Excel-Term-Sheet enthält die Ergebnisse: Abstimmungswerte, Lücken und die Antworten jedes Partners.</translation>
    </message>
    <message>
        <source>Export the Excel term sheet</source>
        <translation>Excel-Term-Sheet exportieren</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-Arbeitsmappen (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting the term sheet…</source>
        <translation>Term Sheet wird exportiert…</translation>
    </message>
    <message>
        <source>The PDF summary contains the results: alignment scores, gaps and each partner&apos;s answers.</source>
        <translation>Die PDF-Zusammenfassung enthält die Ergebnisse: Abstimmungswerte, Lücken und die Antworten jedes Partners.</translation>
    </message>
    <message>
        <source>Export the PDF summary</source>
        <translation>PDF-Zusammenfassung exportieren</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Exporting the PDF summary…</source>
        <translation>PDF-Zusammenfassung wird exportiert…</translation>
    </message>
    <message>
        <source>The pre-work workbook of {partner} contains the answers its participants have given so far, one sheet each.</source>
        <translation>Die Vorbereitungsarbeitsmappe von {partner} enthält die bisherigen Antworten seiner Teilnehmenden, je ein Blatt pro Person.</translation>
    </message>
    <message>
        <source>Export the pre-work workbook</source>
        <translation>Vorbereitungsarbeitsmappe exportieren</translation>
    </message>
    <message>
        <source>Exporting the pre-work workbook…</source>
        <translation>Vorbereitungsarbeitsmappe wird exportiert…</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>Export abgeschlossen</translation>
    </message>
    <message>
        <source>Saved {name}.

Open the folder?</source>
        <translation>{name} gespeichert.

Ordner öffnen?</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Review and export</source>
        <translation>Prüfung und Export</translation>
    </message>
</context>
<context>
    <name>ReviewPointsModel</name>
    <message>
        <source>Review point</source>
        <translation>Überprüfungspunkt</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Meilenstein</translation>
    </message>
    <message>
        <source>May decide to</source>
        <translation>Mögliche Beschlüsse</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>May decide to: &apos;{value}&apos; is not one of {allowed}.</source>
        <translation>Mögliche Beschlüsse: „{value}“ ist keiner von {allowed}.</translation>
    </message>
    <message>
        <source>Edit review point</source>
        <translation>Überprüfungspunkt bearbeiten</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <source>Workshop setup</source>
        <translation>Workshop-Einrichtung</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>Partners (2 to 6)</source>
        <translation>Partner (2 bis 6)</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>&amp;Add partner</source>
        <translation>Partner &amp;hinzufügen</translation>
    </message>
    <message>
        <source>C&amp;olour…</source>
        <translation>F&amp;arbe…</translation>
    </message>
    <message>
        <source>Remove partner…</source>
        <translation>Partner entfernen…</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>&amp;Partner:</source>
        <translation>&amp;Partner:</translation>
    </message>
    <message>
        <source>Partner whose participants are shown</source>
        <translation>Partner, dessen Teilnehmende angezeigt werden</translation>
    </message>
    <message>
        <source>(not given: asked everything)</source>
        <translation>(nicht angegeben: alles gefragt)</translation>
    </message>
    <message>
        <source>Add &amp;participant</source>
        <translation>&amp;Teilnehmende(n) hinzufügen</translation>
    </message>
    <message>
        <source>Remove participant…</source>
        <translation>Teilnehmende(n) entfernen…</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(nicht festgelegt)</translation>
    </message>
    <message>
        <source>Workshop date</source>
        <translation>Workshop-Datum</translation>
    </message>
    <message>
        <source>Edit workshop details</source>
        <translation>Workshop-Details bearbeiten</translation>
    </message>
    <message>
        <source>Partner {n}</source>
        <translation>Partner {n}</translation>
    </message>
    <message>
        <source>Add partner</source>
        <translation>Partner hinzufügen</translation>
    </message>
    <message>
        <source>Select a partner first.</source>
        <translation>Wählen Sie zuerst einen Partner aus.</translation>
    </message>
    <message>
        <source>Colour of {name}</source>
        <translation>Farbe von {name}</translation>
    </message>
    <message>
        <source>Change colour of {name}</source>
        <translation>Farbe von {name} ändern</translation>
    </message>
    <message>
        <source>{n} participant(s)</source>
        <translation>{n} Teilnehmende</translation>
    </message>
    <message>
        <source>{n} answer(s)</source>
        <translation>{n} Antwort(en)</translation>
    </message>
    <message>
        <source>{n} contribution(s) by or to this partner</source>
        <translation>{n} Beitrag/Beiträge von oder an diesen Partner</translation>
    </message>
    <message>
        <source>its part in {n} decision right(s)</source>
        <translation>seine Rolle bei {n} Entscheidungsrecht(en)</translation>
    </message>
    <message>
        <source>its ownership of {n} shared asset(s)</source>
        <translation>sein Eigentum an {n} gemeinsamen Asset(s)</translation>
    </message>
    <message>
        <source>Remove {name}? This also removes:

{list}

Undo brings it all back.</source>
        <translation>{name} entfernen? Damit wird auch entfernt:

{list}

Rückgängig stellt alles wieder her.</translation>
    </message>
    <message>
        <source>Remove partner</source>
        <translation>Partner entfernen</translation>
    </message>
    <message>
        <source>Remove partner {name}</source>
        <translation>Partner {name} entfernen</translation>
    </message>
    <message>
        <source>Add a partner first.</source>
        <translation>Fügen Sie zuerst einen Partner hinzu.</translation>
    </message>
    <message>
        <source>Participant {n}</source>
        <translation>Teilnehmende(r) {n}</translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation>Teilnehmende(n) hinzufügen</translation>
    </message>
    <message>
        <source>Select a participant first.</source>
        <translation>Wählen Sie zuerst eine teilnehmende Person aus.</translation>
    </message>
    <message>
        <source>Remove participant</source>
        <translation>Teilnehmende(n) entfernen</translation>
    </message>
    <message>
        <source>Remove {name} and their {n} answer(s)? Undo brings them back.</source>
        <translation>{name} und die {n} Antwort(en) entfernen? Rückgängig stellt sie wieder her.</translation>
    </message>
    <message>
        <source>Remove participant {name}</source>
        <translation>Teilnehmende(n) {name} entfernen</translation>
    </message>
    <message>
        <source>A workshop needs at least {n} partners; add {missing} more.</source>
        <translation>Ein Workshop braucht mindestens {n} Partner; fügen Sie {missing} weitere hinzu.</translation>
    </message>
    <message>
        <source>A workshop has at most {n} partners.</source>
        <translation>Ein Workshop hat höchstens {n} Partner.</translation>
    </message>
    <message>
        <source>Setup</source>
        <translation>Einrichtung</translation>
    </message>
</context>
<context>
    <name>SharedAssetsModel</name>
    <message>
        <source>Asset</source>
        <translation>Asset</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Brought by</source>
        <translation>Eingebracht von</translation>
    </message>
    <message>
        <source>Treatment on exit</source>
        <translation>Regelung beim Ausstieg</translation>
    </message>
    <message>
        <source>Created jointly</source>
        <translation>Gemeinsam geschaffen</translation>
    </message>
    <message>
        <source>Kind: &apos;{value}&apos; is not an asset kind.</source>
        <translation>Art: „{value}“ ist keine Asset-Art.</translation>
    </message>
    <message>
        <source>Brought by: choose a partner or &apos;jointly&apos;.</source>
        <translation>Eingebracht von: Wählen Sie einen Partner oder „gemeinsam“.</translation>
    </message>
    <message>
        <source>Edit shared asset</source>
        <translation>Gemeinsames Asset bearbeiten</translation>
    </message>
    <message>
        <source>No treatment on exit: say what happens to {name}.</source>
        <translation>Keine Regelung beim Ausstieg: Legen Sie fest, was mit {name} geschieht.</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <source>Partnership Workshop</source>
        <translation>Partnership Workshop</translation>
    </message>
    <message>
        <source>Find where the partners disagree before the deal is signed, agree contributions, decision rights and exit terms, and leave with a term sheet and a leadership summary.</source>
        <translation>Finden Sie heraus, wo die Partner uneins sind, bevor der Vertrag unterschrieben wird; vereinbaren Sie Beiträge, Entscheidungsrechte und Ausstiegsbedingungen und gehen Sie mit einem Term Sheet und einer Zusammenfassung für die Geschäftsleitung.</translation>
    </message>
    <message>
        <source>&amp;New workshop…</source>
        <translation>&amp;Neuer Workshop…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open the &amp;demo</source>
        <translation>&amp;Demo öffnen</translation>
    </message>
    <message>
        <source>&amp;Recent workshops:</source>
        <translation>&amp;Zuletzt verwendete Workshops:</translation>
    </message>
    <message>
        <source>Recent workshops</source>
        <translation>Zuletzt verwendete Workshops</translation>
    </message>
    <message>
        <source>{name} (missing)</source>
        <translation>{name} (fehlt)</translation>
    </message>
</context>
<context>
    <name>Tables</name>
    <message>
        <source>{what}: &apos;{raw}&apos; is not a whole number.</source>
        <translation>{what}: „{raw}“ ist keine ganze Zahl.</translation>
    </message>
    <message>
        <source>{what}: &apos;{raw}&apos; is not a number.</source>
        <translation>{what}: „{raw}“ ist keine Zahl.</translation>
    </message>
    <message>
        <source>{what}: &apos;{raw}&apos; is not a date; type it as {iso} or {local}.</source>
        <translation>{what}: „{raw}“ ist kein Datum; geben Sie es als {iso} oder {local} ein.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
</context>
<context>
    <name>TemplateButtons</name>
    <message>
        <source>Save as &amp;template</source>
        <translation>Als &amp;Vorlage speichern</translation>
    </message>
    <message>
        <source>E&amp;xport (YAML or Excel)…</source>
        <translation>E&amp;xportieren (YAML oder Excel)…</translation>
    </message>
    <message>
        <source>&amp;Import a template file…</source>
        <translation>Vorlagendatei &amp;importieren…</translation>
    </message>
    <message>
        <source>Replace template?</source>
        <translation>Vorlage ersetzen?</translation>
    </message>
    <message>
        <source>Your templates already hold {id} version {v}. Replace it? (To keep both, change the version on the Questionnaire tab first.)</source>
        <translation>Ihre Vorlagen enthalten bereits {id} Version {v}. Ersetzen? (Um beide zu behalten, ändern Sie zuerst die Version auf dem Reiter „Fragebogen“.)</translation>
    </message>
    <message>
        <source>Cannot save the template</source>
        <translation>Vorlage kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Template saved</source>
        <translation>Vorlage gespeichert</translation>
    </message>
    <message>
        <source>Saved as {path}. New workshops can start from it.</source>
        <translation>Gespeichert als {path}. Neue Workshops können damit beginnen.</translation>
    </message>
    <message>
        <source>Export the questionnaire</source>
        <translation>Fragebogen exportieren</translation>
    </message>
    <message>
        <source>Template (*.yaml);;Excel form (*.xlsx)</source>
        <translation>Vorlage (*.yaml);;Excel-Formular (*.xlsx)</translation>
    </message>
    <message>
        <source>Cannot export the questionnaire</source>
        <translation>Fragebogen kann nicht exportiert werden</translation>
    </message>
    <message>
        <source>Import a template file</source>
        <translation>Vorlagendatei importieren</translation>
    </message>
    <message>
        <source>Templates (*.yaml *.yml *.xlsx)</source>
        <translation>Vorlagen (*.yaml *.yml *.xlsx)</translation>
    </message>
    <message>
        <source>Cannot import the template</source>
        <translation>Vorlage kann nicht importiert werden</translation>
    </message>
    <message>
        <source>It breaks these writing rules:</source>
        <translation>Sie verstößt gegen diese Schreibregeln:</translation>
    </message>
    <message>
        <source>Template imported</source>
        <translation>Vorlage importiert</translation>
    </message>
</context>
<context>
    <name>TextPanel</name>
    <message>
        <source>Text answer</source>
        <translation>Textantwort</translation>
    </message>
    <message>
        <source>Save &amp;text</source>
        <translation>&amp;Text speichern</translation>
    </message>
</context>
<context>
    <name>WorkshopDetailsForm</name>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Primary purpose:</source>
        <translation>&amp;Hauptzweck:</translation>
    </message>
    <message>
        <source>&amp;Secondary purposes:</source>
        <translation>&amp;Weitere Zwecke:</translation>
    </message>
    <message>
        <source>P&amp;hase:</source>
        <translation>P&amp;hase:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <source>&amp;Facilitator:</source>
        <translation>&amp;Moderation:</translation>
    </message>
    <message>
        <source>&amp;Gap threshold:</source>
        <translation>&amp;Lückenschwelle:</translation>
    </message>
    <message>
        <source>Questions whose alignment is below this value are listed as gaps.</source>
        <translation>Fragen, deren Abstimmung unter diesem Wert liegt, werden als Lücken aufgeführt.</translation>
    </message>
    <message>
        <source>&amp;Confidentiality label:</source>
        <translation>&amp;Vertraulichkeitsvermerk:</translation>
    </message>
    <message>
        <source>&amp;Blind mode: nobody sees other answers until the facilitator reveals them</source>
        <translation>&amp;Blindmodus: Niemand sieht andere Antworten, bis die Moderation sie aufdeckt</translation>
    </message>
    <message>
        <source>Reports may name who &amp;wrote a comment</source>
        <translation>Berichte dürfen nennen, wer einen Kommentar &amp;geschrieben hat</translation>
    </message>
</context>
</TS>
