# title: Kee's First Raid
# author: The Moss and Ember Players
# content_note: This story contains violence and death, including executions, and follows an eleven-year-old girl who carries a rifle into combat.
# stat: nerve 0 100 Nerve / How steady Kee stays when she is afraid: it lets her lie still, wait, and act under fire. / shaken, wary, steady, unshakeable
# stat: aim 0 100 Aim / How true her shots fly: what Ren drilled into her at the practice ravine. / wild, unsure, true, deadly
# stat: faith 0 100 Faith / How near the Prophets feel to her, and how much of herself she keeps for mercy. / lost, doubting, hopeful, devout

// Kee's three stats. Change them only through shift(), below.
VAR nerve = 40
VAR aim = 45
VAR faith = 50

// What Kee's heart did when the old teaching came back to her.
LIST heart = hard, torn, open

// Flags the later scenes read.
VAR saw_worker = false
VAR warned_worker = false
VAR alarm = false
VAR kee_killed = false
VAR spared = false
VAR walo_hurt = false
VAR ren_hurt = false
VAR ren_taken = false
VAR walo_lost = false
VAR froze = false
VAR refused = false

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

// The only place a stat is ever assigned. Clamps to 0..100.
=== function shift(ref stat, by)
~ stat = MAX(0, MIN(100, stat + by))
