<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <source>This link is no longer valid. Ask the facilitator for yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You said you are done; ask the facilitator to reopen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not one of your questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: answer to {question}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot listen on {host} port {port}: {why}. Choose another address or port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong links; wait a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answering has stopped for now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: open the link exactly as it was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This link is not valid. Ask the facilitator for yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: the request came from another site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: reload the page and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer must be sent as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New workshop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;demo workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a &amp;Copy As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;answers (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;pre-work workbook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the &amp;questionnaire…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Glossary of the questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Partnership Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong inside Partnership Workshop. Your last saved change is safe in the workshop file; the app keeps running. Please send the details below to your support contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no log file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log file: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No owner: nobody decides and nobody has joint approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two or more partners decide alone: say who has the final word.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One partner decides alone but the decision is also marked joint approval: keep one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one partner is marked for joint approval: joint approval needs at least two partners.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last workshop, {path}, is no longer there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This questionnaire has no glossary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; {n} said don&apos;t know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defined {value} (0% not discussed, 100% agreed in writing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, consensus {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>median {value}; answers: {spread} ({people})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean rank: {parts} ({people})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program baseline: architecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>design vs industrialization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program baseline: cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>engineering vs purchasing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program baseline: timing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change control of the program baselines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deviations from the baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality and standards disputes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Design to industrialization hand-over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hardware vs software release scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hardware vs software</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regional vs global variants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>global vs regional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed vs customization trade-offs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost vs performance trade-offs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispute resolution between partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem}

Put the newest healthy backup in its place now? The damaged file is kept in the backup folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup not restored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Partnership Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnership Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run partnership alignment workshops offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File schema:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionItemsModel</name>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: &apos;{value}&apos; is not open, in progress or done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit action item</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionsPage</name>
    <message>
        <source>Action items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add action item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove action item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create from open &amp;gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One action item per unresolved gap that has none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gaps are hidden until the answers are revealed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{total} action items, {done} done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New action item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add action item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove action item &apos;{name}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every unresolved gap already has an action item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create {n} action items from gaps</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlignmentPage</name>
    <message>
        <source>Answers are hidden until the facilitator reveals them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reveal the answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All partners together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One line per partner pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Radar series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gaps, most severe first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discussion notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date of the gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discussion &amp;notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;greed position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;wner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;action item from this gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each cell: how closely a pair of partners answered a question (100% = the same answer). Red is far apart, green is aligned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heat map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions where a partner&apos;s own participants disagree with each other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal disagreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No alignment scores yet: answers are missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall alignment: {value} of 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Definition: {value} of 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} gaps, most severe first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A gap is a question where partners differ (alignment below {threshold}%), nobody has defined it yet (below {blind}% defined), or a partner does not know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal the answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No gap selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} — {kinds}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, alignment {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discussion of &apos;{title}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This gap already has an action item; see the Actions page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the gap: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add action item from a gap</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BodiesModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cadence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind: choose one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit governance body</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContributionTotalsModel</name>
    <message>
        <source>Party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantities given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} gives {gives} contributions and receives {gets}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContributionsModel</name>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valuation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestone gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joint venture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner: choose one of the workshop&apos;s partners.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient: choose a partner or the joint venture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category: &apos;{value}&apos; is not a contribution category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit contribution {column}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContributionsPage</name>
    <message>
        <source>What each partner brings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add contribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove contribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals and balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals and gives/gets balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{partner} promises up to {peak} {unit} {when}, beyond its declared capacity of {capacity}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joint venture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from {start} to {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from {start} on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at all times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New contribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add contribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove contribution &apos;{name}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No date (type {iso} or {local})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a date as {iso} or {local}, or press Alt+Down for a calendar. Clear the field for no date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a date (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionRightsModel</name>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken by: choose a governance body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{partner} on &apos;{decision}&apos;: &apos;{value}&apos; is not D, J, C or I.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set {partner}&apos;s right on &apos;{decision}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit decision</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisagreementsModel</name>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respondents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntityTableModel</name>
    <message>
        <source>Edit {column}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EscalationModel</name>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body or role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time limit (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level: give a number (1 = first level).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit escalation step</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExitPage</name>
    <message>
        <source>Exit and change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One shared asset has no treatment on exit (marked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} shared assets have no treatment on exit (marked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every shared asset has a treatment on exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created jointly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New exit trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add exit trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New shared asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add shared asset</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExitPageForm</name>
    <message>
        <source>Exit and change terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Renewal timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewal timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notice period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ongoing &amp;obligations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ongoing obligations after exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules for proposing &amp;changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules for proposing changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit triggers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove tri&amp;gger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared assets and their treatment on exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a&amp;sset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assets without a treatment on exit are marked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExitTriggersModel</name>
    <message>
        <source>Exit trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit exit trigger</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GapsModel</name>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it is a gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Furthest apart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GovernancePage</name>
    <message>
        <source>Decision rights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(blank = no part)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;starter decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Governance bodies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bodies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add review point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove review point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May decide to: any of continue, expand, narrow, redirect, exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Governance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One decision needs attention (marked): no owner, or two deciders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} decisions need attention (marked): no owner, or two deciders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every decision has exactly one owner or joint approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The starter decisions are already in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add starter decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add governance body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steering group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add escalation step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add review point</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandoverPanel</name>
    <message>
        <source>Thank you, {name}. Your answers are saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone has finished. The facilitator can now reveal the answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please hand over to the next participant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start answering as {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeatMapModel</name>
    <message>
        <source>{pair}: not both answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{question}
{pair}: alignment {value}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InlineMessage</name>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Engineering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manufacturing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tooling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Software</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchasing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Market access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared strategic goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complementary strengths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear roles and governance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cultural readiness for change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement on an exit path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Governance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Culture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discussed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joint approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consulted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Informed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnership strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner screening and due diligence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal structuring and implementation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ongoing assessment and restructuring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portfolio management and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production efficiency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electrification assets and supply chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Software and digital platforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strategic flexibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autonomy and mobility rollout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale (likert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split points (allocation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revealed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negotiating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steering group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Execution committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joint PMO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>narrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redirect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competitively sensitive: the partners may also be competitors. Give only what your organisation&apos;s rules on sharing information with competitors allow; if in doubt, ask your legal team first or skip this question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Human resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partners differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody has defined this yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a partner does not know</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LivePanel</name>
    <message>
        <source>Live answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants answer on their own phones or laptops over this room&apos;s network (room Wi-Fi or this laptop&apos;s hotspot); no internet is needed. Each participant&apos;s link opens their own questionnaire only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address to serve on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address of this computer on the room&apos;s network. 127.0.0.1 serves this computer only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code of the chosen participant&apos;s link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new link for this participant; the old one ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let a participant who said &quot;I&apos;m done&quot; change answers again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;handout (PDF)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;jector slide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workshop is open read-only; answers could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serving on {url} (address {host} only). Participants on this network open their own link or scan their QR code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop live answering? Every participant&apos;s link stops working until you start it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not serving: nothing listens on the network until you press Start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} of {m}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the participants&apos; handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Workshop steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnership Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem}

Open it read-only?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop cannot be changed here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: this workshop is being changed elsewhere or may not be changed by you. Changes cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the new workshop as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnership workshops (*.workshop);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a name other than the open file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy saved to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import answers from {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import pre-work workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-work not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import pre-work from {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-work imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook has answers that differ from those already stored:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
… and {n} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the workbook&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT SAVED: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no workshop open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User guide</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewWorkshopDialog</name>
    <message>
        <source>New workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnership workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} ({n} questions, version {v})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} – your template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Questionnaire:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some of your templates cannot be used:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the workshop a title.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>Read-only: this workshop is open in another window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove &apos;{name}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: &apos;{name}&apos; is already a participant of this partner; give each person a different name (for example with an initial).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Function of {name}: &apos;{text}&apos; is not one of {allowed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit participant {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnersModel</name>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit partner {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared capacity per unit, e.g. engineer-years = 40; FTE = 12</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <source>Presentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}   ·   {n} / {total}   ·   ← →  move   ·   Esc  leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers are not revealed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The facilitator reveals the alignment on the Alignment page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alignment index {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Definition {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} gaps to discuss: partners differ (alignment below {t:.0%}), nobody has defined it, or a partner does not know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gap {n} of {total}  ·  {element}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alignment {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defined {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not know: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question {n} of {total}  ·  {element}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectorSlide</name>
    <message>
        <source>Live answering - projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Join this room&apos;s Wi-Fi.
2. Scan the QR code on your own handout (or type its link).
3. Answer one question at a time; press &quot;I&apos;m done&quot; at the end.

Serving on {url} · {done} of {n} finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not started)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionForm</name>
    <message>
        <source>None ticked: the question is for every one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers may be competitively sensitive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A position on the matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far it is defined (definition ladder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add o&amp;ption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Element:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;hort title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>He&amp;lp:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Weight:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phases
(none: all):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purposes
(none: all):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Functions
(none: all):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clause:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Measures:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Anchors:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Points to split:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mi&amp;nimum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ma&amp;ximum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tolerance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Option A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Option B</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionPreview</name>
    <message>
        <source>Fix the problems shown beside the fields to see the preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points to split: {n:g}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionScopeBox</name>
    <message>
        <source>Questions asked in this workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Blind-spot threshold:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blind-spot threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A question measuring how far something is defined is a blind spot when the partners&apos; definition (0 not discussed, 1 agreed in writing) is below this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions asked: tick to include, untick to exclude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(included by you)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(excluded by you)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not for this phase or purpose)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} of {total} questions are asked. The phase and purposes choose them; tick a question to include it or untick it to exclude it (Space toggles).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionnaireEditor</name>
    <message>
        <source>Edit questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: this workshop is open in another window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move u&amp;p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch o&amp;ff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A switched-off question is not asked or scored; its answers stay. A question not meant for this workshop&apos;s phase or purposes can be switched on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaire &amp;&amp; &amp;glossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (switched off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (not asked in this phase)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save your changes to question {id}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch o&amp;n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This question has answers: its wording may change (the change is kept with the questionnaire); its type, options and scale may not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited {date}: {field} was “{was}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit question {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question has answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your version as a new question and switch {id} off?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate {old} as {new}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add question {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate question {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move question {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch off question {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch on question {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove question {id}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionnairePage</name>
    <message>
        <source>Participant answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who is answering:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&apos;m &amp;done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark this participant as finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Live answering...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants answer on their own phones or laptops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress of this participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress of this partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This participant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: why this answer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave this question unanswered and go on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t &amp;know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer &quot;Don&apos;t know&quot; and go on (key 0). It counts as an answer, not a view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys: 1-9 answer and go on · 0 don&apos;t know · Enter or → next · ← back · Shift+Enter new line in a text answer · Tab moves between fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag to order, or select and press Ctrl+Up / Ctrl+Down. First = most important.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this &amp;order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has typed an answer that is not saved: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has answered {n} of {total} questions and has not pressed &quot;I&apos;m done&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch participant?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch to {name}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That was the last question. Press &quot;I&apos;m done&quot; when finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer to {question}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: {total:g} of {target:g} points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — {left:g} left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — {over:g} too many</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment on {q}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: the points must add up to {total:g}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blind mode: only your own answers are shown until the facilitator reveals them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the chosen participant&apos;s answers are shown here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} answer(s) of this participant are to questions this workshop no longer asks ({ids}); they are kept in the file but not scored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is answering yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answering: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v of %m questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%p% · {done} of {n} participants done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{partner}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered: don&apos;t know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add partners and participants on the Setup page first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This questionnaire has no questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from {v:g}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to {v:g}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press {key}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionnaireSettings</name>
    <message>
        <source>Template &amp;id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections (one per element):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glossary (terms participants must know):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;questionnaire details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit questionnaire details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RadarChart</name>
    <message>
        <source>Radar chart of alignment scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough scores yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadinessModel</name>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To do</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups of &apos;{name}&apos;, newest first. A backup is taken when a changed workshop is closed. They are kept in {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no backups of this workshop yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the workshop&apos;s content with the backup; Edit &gt; Undo takes it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore as a &amp;new file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup not restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the backup of {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the backup of {when}; Edit &gt; Undo takes it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the backup as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnership workshops (*.workshop);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Readiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a check that is not ready and press Enter, or use the button, to go where it is fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go to where this is fixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Excel term sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;PDF summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leadership summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF variant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export pre-&amp;work workbook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner for the pre-work workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review and export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready for the term sheet: {passed} of {total} checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a partner on the Setup page first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export reveals the results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blind mode is on and the answers have not been revealed yet.

{contents} Anyone who sees the file sees them.

Export it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Excel term sheet contains the results: alignment scores, gaps and each partner&apos;s answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the Excel term sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the term sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF summary contains the results: alignment scores, gaps and each partner&apos;s answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the PDF summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the PDF summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pre-work workbook of {partner} contains the answers its participants have given so far, one sheet each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the pre-work workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the pre-work workbook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {name}.

Open the folder?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPointsModel</name>
    <message>
        <source>Review point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May decide to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May decide to: &apos;{value}&apos; is not one of {allowed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit review point</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <source>Workshop setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners (2 to 6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;olour…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove partner…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Partner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner whose participants are shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not given: asked everything)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove participant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit workshop details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a partner first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change colour of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} participant(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} answer(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} contribution(s) by or to this partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its part in {n} decision right(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its ownership of {n} shared asset(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {name}? This also removes:

{list}

Undo brings it all back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove partner {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a partner first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a participant first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {name} and their {n} answer(s)? Undo brings them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove participant {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A workshop needs at least {n} partners; add {missing} more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A workshop has at most {n} partners.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SharedAssetsModel</name>
    <message>
        <source>Asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brought by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatment on exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created jointly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind: &apos;{value}&apos; is not an asset kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brought by: choose a partner or &apos;jointly&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit shared asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No treatment on exit: say what happens to {name}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <source>Partnership Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find where the partners disagree before the deal is signed, agree contributions, decision rights and exit terms, and leave with a term sheet and a leadership summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New workshop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recent workshops:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent workshops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (missing)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tables</name>
    <message>
        <source>{what}: &apos;{raw}&apos; is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}: &apos;{raw}&apos; is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}: &apos;{raw}&apos; is not a date; type it as {iso} or {local}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateButtons</name>
    <message>
        <source>Save as &amp;template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport (YAML or Excel)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import a template file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace template?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your templates already hold {id} version {v}. Replace it? (To keep both, change the version on the Questionnaire tab first.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as {path}. New workshops can start from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template (*.yaml);;Excel form (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export the questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a template file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates (*.yaml *.yml *.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import the template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It breaks these writing rules:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template imported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkshopDetailsForm</name>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Primary purpose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Secondary purposes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Facilitator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gap threshold:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions whose alignment is below this value are listed as gaps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confidentiality label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Blind mode: nobody sees other answers until the facilitator reveals them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports may name who &amp;wrote a comment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
