# title: Kee's First Raid
# author: The Moss and Ember Players
# blurb: Kee was eleven, a month into learning the phaser rifle, when the cell let her lie on the ridge above the Cardassian post and wait for Ren's word. How still she kept, how true she shot and whether she let the Prophets' old teaching in would decide who came back from the slope, and who she would be when she did.
# content_note: This story contains violence and death, and follows an eleven-year-old girl who carries a rifle into combat.
# content_note: It includes reprisal executions announced by name, among them a boy of sixteen, and a captured fighter whose interrogation is implied but not shown.
# stat: nerve 0 100 Nerve / How steady Kee stays when she is afraid: it lets her lie still, wait, and act under fire. / trembling <30, shaken <40, wary <50, steady <55, unshakeable
# stat: aim 0 100 Aim / How true her shots fly: what Ren drilled into her at the practice ravine. / wild <45, unsure <50, fair <55, true <60, deadly
# stat: faith 0 100 Faith / How near the Prophets feel to her, and how much of herself she keeps for mercy. / lost <45, wavering <55, hopeful <60, trusting <65, devout
# thread: ren_hurt
# thread: walo_hurt
# thread: spared
# thread: finished_him
# thread: worker_fate
# thread: memory
# thread: bargained
# thread: grey_seen
# thread: walo_took

// Kee's three stats. Change them only through shift(), below.
VAR nerve = 45
VAR aim = 45
VAR faith = 50

// What Kee's heart did when the old teaching came back to her.
LIST heart = hard, torn, open

// Flags the later scenes read.
// The Bajoran worker at the post: "" (never seen), "seen" (seen going back in), "warned".
VAR worker_fate = ""
VAR alarm = false
VAR kee_killed = false
VAR spared = false
VAR walo_hurt = false
VAR ren_hurt = false
VAR ren_taken = false
VAR walo_lost = false
VAR froze = false
VAR refused = false
VAR finished_him = false
VAR answered_comm = false
// When she did not answer, whether Walo's "Both here" answered for her. Otherwise Ren
// said "I've got Kee" (he is hurt) or nobody spoke for her (Ren hit, or taken), so a
// `not answered_comm` line may name Walo only when this is set
// (tests/story/continuity-probes.test.ts).
VAR walo_answered = false
// Whether her voice broke when she did answer ("K. Kee. I'm here"): callbacks that
// praise a steady answer must not reach her on that route.
VAR voice_shook = false
// Which memory Kee let her thoughts drift to while she waited: "boys" (she pictured
// telling them), "doubt" (she wondered why Ren picked her), "joial" or "father".
VAR memory = ""
// Whether, with her eyes on the armour, she glimpsed a grey figure by the fence (the_guards.uniform).
VAR grey_seen = false
// Whether she let Walo finish her man at the crates ("That was yours").
VAR walo_took = false
// What Kee watched from the ridge (count, fire, door): the worker's coming reads it, then it is dead.
VAR ridge_eye = ""
// Whether she learned the walker's pattern.
VAR studied = false
// The first mistake that let the call go out: "early" or "wide" (empty otherwise).
VAR slip = ""

// Decided once, read later. Each is worked out from a stat at the moment that
// stat stops changing on the way to the check that reads it, so the stat itself
// can drop out of the explorer's state, and the flagship's whole walk stays
// inside the story report's 12,000-state budget (tests/engine/analysis/explorer-stat-carry.test.ts).
// If a later scene starts shifting nerve, aim or faith again, check these.
// Set at the top of covering_ren (aim and faith no longer change after that):
VAR sure_aim = false        // aim >= 50: the gap in the doorway
VAR still_believes = false  // faith >= 45: the reckoning and the shrine tent
VAR bargained = false       // a torn heart that killed: the ridge's bargain, paid in every ending
// Set at the top of comm_check, after the last nerve move (the Burn! choice):
VAR voice_holds = false     // nerve >= 50: her voice on the comm
VAR can_keep_still = false  // nerve >= 50: keeping still in the chase
// still_believes is the one flag cleared on paths that can no longer reach the
// shrine tent: covering_ren leaves it false after an alarm or Walo's wound, and
// burn clears it once Ren is hurt. The threads below are never cleared.
//
// The threads (# thread: above) are the ones every ending must remember once
// they are set: the aftermath gives each its beat, and the endings call the
// `carried` tunnels (scenes/carried.ink) for the ones that are not their own.

-> ridge

INCLUDE scenes/ridge.ink
INCLUDE scenes/the_wait.ink
INCLUDE scenes/the_guards.ink
INCLUDE scenes/first_shot.ink
INCLUDE scenes/covering_ren.ink
INCLUDE scenes/burn.ink
INCLUDE scenes/the_chase.ink
INCLUDE scenes/sent_back.ink
INCLUDE scenes/aftermath.ink
INCLUDE scenes/reprisal.ink
INCLUDE scenes/carried.ink

// The only place a stat is ever assigned. Clamps to 0..100.
=== function shift(ref stat, by)
~ stat = MAX(0, MIN(100, stat + by))
