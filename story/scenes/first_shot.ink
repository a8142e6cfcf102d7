// FIRST SHOT: the signal from inside, and what Kee's rifle does with it.
=== first_shot ===
{
- heart == hard:
    Ren had been inside too long. The shaft of sun had slid off the gate, and the guard who had stood in it had shuffled sideways to follow it, and still the grey walls gave nothing back. Kee did not mind. She had gone somewhere cold and flat inside herself, and from there the waiting was only counting: {studied:fourteen steps, a turn, a stop|barrier, fence, barrier, the walker's boots going back and forth like a loom's shuttle}. When you hear shooting inside, Ren had said, take the gate. Not before. She meant to take it exactly then, and not one breath later. # CLEAR # scene: First Shot # AUDIOLOOP: tension
- heart == torn:
    Ren had been inside too long, or no time at all; she had lost the knack of telling. The bargain she had struck with the Prophets kept going round in her head, and every time it came round it sounded thinner, like a prayer said too often in one night. # CLEAR # scene: First Shot # AUDIOLOOP: tension
    When you hear shooting inside, take the gate. Not before. Ren's orders and the vedek's words took turns in her, like two people pulling on the same rope from opposite ends.
- else:
    Ren had been inside too long. Kee found that she was noticing everything: a seed-tuft drifting across the clearing, the sun guard scratching under his collar, the walker cupping his hands to blow into them against a chill she could not feel. Every one of them alive. # CLEAR # scene: First Shot # AUDIOLOOP: tension
    When you hear shooting inside, Ren had said, take the gate. She had promised him.
    She had not known, promising, that she would lie here listening for the sound with her whole body and praying not to hear it.
}
{nerve < 40: She could hear her own pulse now, thick and fast in her ears, drowning out the forest, and her trigger finger had begun to twitch on its own. # AUDIO: heartbeat}
{heart != open && aim < 50: Down at the gate the walker never held one pace for long, and twice already her sight had lost him at the turn.}

+ {nerve >= 40} [Settle the stock into her shoulder and wait for the sound.]
    She settled the stock into the hollow of her shoulder and waited. Her finger lay along the outside of the trigger guard, where Ren liked it. It stayed there.
    -> signal
+ {nerve < 40} [Settle the stock into her shoulder and wait for the sound. #locked: Her hands will not hold still.]
    -> signal
+ {nerve < 40} [Curl her twitching finger round the trigger now, though it may not wait for the signal.]
    -> too_soon
+ [Breathe the way Ren taught her: in for four, out for six.]
    ~ shift(nerve, 5)
    In for four. Out for six. She had done it on the cave floor until she was dizzy and furious with Ren for it.
    Now the count was the only thing in her head that was not shaking, and she held on to it like a rope.
    -> signal
+ {heart == open} [Lay the sight on the walker's chest and keep it there. #locked: Every one of them is alive down there, and she cannot make the sight choose one.] -> signal
+ {heart != open} [Lay the sight on the walker's chest and keep it there.]
    ~ shift(aim, 5)
    {aim >= 55:
        She laid the sight on the centre of the walker's chest and moved with him: {studied:fourteen steps, the turn, fourteen steps, the pause|out to the fence, the turn, back to the barrier, the stamp}.
        By the third circuit she was not chasing him any more. She was simply there, waiting where he was going to be.
        -> signal
    - else:
        -> lost_him
    }
+ {heart == hard} [Pray, without a sound, for everyone down there. #locked: The old words found nothing in her to hold on to.] -> signal
+ {heart == torn} [Pray, without a sound, for everyone down there. #locked: She promised the Prophets she would never ask them for anything else.] -> signal
+ {heart == open} [Pray, without a sound, for everyone down there.]
    ~ shift(faith, 5)
    She did not know the right prayer for this. Nobody had ever written one.
    So she asked the Prophets to keep them, all of them: Ren in the dark with his charges, {worker_fate == "seen":the man with the water cans, }{worker_fate == "warned":the man limping away down the supply road, }the guard in the sun, the walker at the barrier. Even the ones she could not see.
    It was a foolish prayer for someone holding a rifle. She said it anyway.
    -> signal

= lost_him
She laid the sight on the centre of the walker's chest and tried to move with him, and he would not be held. He stopped when she did not expect it, turned early, stepped out of the circle and back in, and every time she found him again he was somewhere else.
Her eye began to water. The circle of the sight swam and doubled.

+ [Blink hard, and find him again.]
    She blinked until the circle came clear, and there he was, stamping at the barrier, exactly where he had been all along.
    -> signal
+ [Let him go, and hold the sight on the barrier where he always stops.]
    ~ shift(aim, 5)
    She let him walk out of the circle and laid it on the barrier instead. He would come back. Every time he reached the barrier he stopped and stamped, and she would be waiting there when he did.
    -> signal

= too_soon
~ alarm = true
~ slip = "early"
~ shift(nerve, -5)
She hooked her finger round the trigger and took up its slack, so that when the sound came she would not lose even half a breath.
The walker reached the barrier and stopped, as he always stopped, and he was so still, and her finger was so tight, and she had been waiting so long for the sound that for one instant she thought she heard it.
The rifle bucked against her. # AUDIO: phaser
The bolt struck the barrier beside the walker's hip, close enough to singe his coat, and burst into sparks.
For a heartbeat nobody moved, not the guards, not Walo, not Kee, who could not believe what her own hand had done.
Then the walker threw himself flat behind the barrier, the guard in the sun spun toward the slope, and Walo fired. # AUDIO: phaser
The guard in the sun dropped. The walker was already scrambling on his elbows for the gatepost, where a panel was set into the stone. He slapped his palm against it.
The siren on the mast began to rise, a long wail that climbed and climbed and would not come down. # AUDIO: alarm # AUDIOLOOP: alarm
From deep inside the building came the thin whine of phaser fire, and then more of it. # AUDIO: phaser_far
"Too soon," Walo said, no louder than if her bootlace had come undone. "He's calling it in. Stop him."
The walker crouched behind the gatepost with his wrist pressed to his mouth.
{aim < 50: Only his shoulder showed past the stone, and her sight was jumping with every beat of her heart.}

+ [Fire at the gatepost until he stops talking.]
    {aim >= 50:
        -> soon_hit
    - else:
        -> soon_miss
    }
+ [Get her head down behind the trunk.]
    -> soon_down

= soon_hit
~ kee_killed = true
She made herself breathe out. She laid the sight on the edge of the stone where his shoulder showed, and waited for the shoulder to become more, and it did. # AUDIO: phaser
The walker rolled out from behind the gatepost and lay on his back in the gravel with his wrist still half raised to his face.
It did not matter. Whatever he had said had already gone out into the air, and the siren was still climbing.
-> covering_ren

= soon_miss
She fired, and stone chips flew. She fired again and the bolt went over the post and into the fence. The walker did not even flinch. He kept talking, fast and steady, a man giving directions. # AUDIO: phaser

+ (kept_at_it) [Keep firing until he stops.]
    She fired again, and again, and the gatepost smoked and spat, and still he talked.
    Walo nudged his barrel over, barely at all, fired once, and the talking stopped. # AUDIO: phaser
    "Enough," he said. "It's done. It's already out."
    -> bargain_passed ->
    -> covering_ren
+ (looked_to_walo) [Look at Walo.]
    She looked at Walo, with no idea what she was asking him for.
    He eased his barrel toward the gatepost, fired once, and the talking stopped. # AUDIO: phaser
    "Don't look at me," he said, not unkindly. "Look at the door. Ren's coming out."
    -> bargain_passed ->
    -> covering_ren

= soon_down
~ shift(nerve, -5)
She pressed her face into the moss and put her arms over her head, and hated herself, and could not stop.
Above her, Walo's rifle spoke twice. # AUDIO: phaser
"Get up," he said. "Kee. Ren's coming out. Get up and be useful."
-> bargain_passed ->
-> covering_ren

= signal
It came as a sound so small she nearly missed it under the insects: a thin whine from deep inside the building, another, then a third. Phaser fire. Inside. Ren. "Now," said Walo. The walker had stopped at the barrier with his head turned toward the building, listening. # AUDIO: phaser_far
{nerve < 40: Her finger lay against the trigger like something borrowed, and she was no longer sure it would answer her. # AUDIO: heartbeat}
{nerve >= 40:
    {
    - aim < 50:
        The circle of the sight would not settle on him. It drifted off his chest and back again, and she was not sure a month at the ravine had given her enough to hit him at all, let alone anywhere smaller than the middle of him.
    - aim < 60:
        She had him in the circle, more or less. A month at the ravine had taught her to hit a man; it had not yet taught her hands to keep still through a shot meant to kill him.
    }
}

+ [Fire at the centre of him.]
    {
    - nerve < 40:
        -> freeze_centre
    - aim >= 60:
        -> clean_hit
    - aim >= 45:
        -> wound
    - else:
        -> miss
    }
+ {heart == hard} [Drop the sight to his legs and fire there. #locked: Through the sight there is only armour now, not a man to be careful with.]
    -> legs_hit
+ {heart != hard && aim >= 50} [Drop the sight to his legs and fire there.]
    {nerve < 40:
        -> freeze_legs
    }
    -> legs_hit
+ {heart != hard && aim < 50} [Try for his legs, though the sight will not hold still on anything that small.]
    {
    - nerve < 40:
        -> freeze_legs
    - aim >= 45:
        -> legs_wound
    - else:
        -> legs_miss
    }
+ {heart != hard && faith >= 65} [Lower the rifle.]
    -> refuse
+ {heart != hard && faith < 65} [Lower the rifle. #locked: Her hands have not yet caught up with the old words.]
    -> refuse
+ {heart == hard} [Lower the rifle. #locked: The old words slid off her on the ridge, and nothing in her asks for this now.]
    -> refuse

// A freeze keeps what she meant to do: the centre of him, or the knee she picked so he would live.
= freeze_centre
She brought the circle onto the middle of him, the broad grey plate of his chest, the mark Ren said nobody could miss on a first day.
-> freeze ->
Walo kept his eye to his sight and never once turned his head her way.
-> sent_back

= freeze_legs
She lowered the circle down his body to the knee, where a bolt would put him in the gravel and leave him breathing.
-> freeze ->
She had picked the knee so that he would be alive at the end of this. Her finger had not cared what she picked.
-> sent_back

= freeze
~ froze = true
She told her finger to move. It did not move.
It was like reaching for a cup in a dream.
Her eye was on the sight, the walker was in it, the trigger was right there under her finger, and the finger simply belonged to somebody else.
She could hear her own breath whistling in and out of her nose, fast and high, like a small animal's.
Walo fired. The guard in the sun folded at the knees. # AUDIO: phaser
Walo shifted his barrel left, the smallest of movements, and fired again, and the walker went down halfway to the fence post and did not get up. # AUDIO: phaser
It had taken him no time at all.
-> bargain_passed ->
->->

= refuse
~ refused = true
She took her finger away from the trigger and laid the rifle down on the moss beside her, carefully, as though it were asleep and might wake.
"Kee!"
"I can't," she said. The words came out plain and whole, with nothing left over. "Walo. I can't."
Walo said a word she had never heard him use, and fired. The guard in the sun dropped. The walker was running for the gatepost; Walo's next shot missed and the one after that did not. # AUDIO: phaser
Two men, dead in the time it had taken her to say no. The hot, sharp smell of Walo's barrel drifted across to her from an arm's length to her left.
-> bargain_passed ->
-> sent_back

= clean_hit
~ kee_killed = true
~ shift(nerve, 5)
She squeezed slowly, so slowly that the shot surprised her. # AUDIO: phaser
The walker folded in the middle and went down beside the barrier and did not move again. Beside her Walo's rifle spoke once, and the guard in the sun fell out of his patch of light. # AUDIO: phaser
It had been very quick. Quicker than anything she had ever seen at Marazh. Nobody had shouted at all.
She waited for something to happen inside her. Nothing did. There was no room for it yet.
Not now. Not yet. # CLASS: thought
-> covering_ren

// The hip, whether she held the circle on his chest or tried to bring it down to his knees.
= wound
She squeezed, her hands flinched from it at the very last, and the bolt found his hip, nowhere near the spot she had held the circle on. # AUDIO: phaser
-> wound_falls ->
Toward her man. Hers. If Walo finished him, Ren would hear about who had not.
-> at_the_crates

= legs_wound
She let the circle sink toward his knees, and it would not stop where she put it: down his thigh, off him onto the gravel, back up again. She squeezed as it came up. # AUDIO: phaser
The bolt took him in the hip, a hand higher than the knee she had wanted.
-> wound_falls ->
She had wanted him down and out of it, and he was only down. Behind the crates he still had his rifle, and the comm strapped to his wrist.
-> at_the_crates

= wound_falls
His leg went out from under him. He screamed, high and furious, and flung himself sideways behind the cargo crates stacked by the gate.
Walo's rifle cracked once; the guard in the sun dropped where he stood. Then Walo's barrel began to swing toward the crates. # AUDIO: phaser
->->

= at_the_crates
{aim < 50: The crates jumped and blurred in her sight. That first shot had been the best her eye had in it today, and she knew it.}

+ [Keep firing.]
    {aim >= 50:
        -> finish
    - else:
        -> wound_call
    }
+ {aim >= 55} [Put a bolt through the gap beneath the crates.]
    -> finish_gap
+ {aim < 55} [Put a bolt through the gap beneath the crates. #locked: Her aim is not yet good enough for a gap that narrow.]
    -> finish_gap
+ [Let Walo take him.]
    -> walo_takes

= finish
~ kee_killed = true
She fired again before Walo could. The bolt scorched the corner of a crate. She fired again, and again, walking the shots along the gap from one end to the other, and on the fourth the screaming stopped. # AUDIO: phaser
Walo's barrel, which had been swinging toward the crates, paused. After a moment it swung away again, toward the building.
She had done it herself. Nobody could say she had not.
-> covering_ren

= finish_gap
~ kee_killed = true
~ shift(nerve, 5)
There was a dark slot between the bottom crate and the ground, no taller than her hand. Through the sight she could see a boot in it, and the boot was moving.
She laid the sight a finger's width above the boot and breathed out all the way. # AUDIO: phaser
One shot. The boot stopped.
Walo's barrel paused, then turned away toward the building. He had seen.
-> covering_ren

= wound_call
~ alarm = true
~ slip = "wide"
She fired again and the bolt threw sparks off the crates. Again, and it went wide. Behind the crates the walker had stopped screaming. Through the sight she could see his elbow, his wrist, his mouth moving against the comm on it. # AUDIO: phaser
He was calling for help, and she could not stop him.
The siren on the mast began to rise, a long wail that would not come down. # AUDIO: alarm # AUDIOLOOP: alarm

+ (emptied_charge) [Fire at his wrist, at the comm, at anything.]
    She fired until the charge light on the rifle's flank flickered amber. Sparks, stone chips, splinters off the crates. None of it was him.
    Walo fired twice into the crates, and the elbow went slack. # AUDIO: phaser
    -> wound_call_done
+ (shouted) [Shout for Walo.]
    "Walo!" It came out as a shriek. She had not known she could make a sound that high.
    Walo was already firing. Two shots into the crates, and the elbow went slack. # AUDIO: phaser
    -> wound_call_done

= wound_call_done
But whatever the walker had said was already gone into the air, and someone, somewhere, had heard it.
-> bargain_passed ->
-> covering_ren

= walo_takes
~ walo_took = true
~ shift(nerve, -5)
She lifted her eye from the sight. Walo fired once into the crates, and the screaming stopped. # AUDIO: phaser
His eye stayed on his sight. "That was yours," he said, very quietly. It was not an accusation. It was only a fact, set down between them where they could both see it.
{heart == torn:One thing, she had begged the Prophets on the ridge, and when it came she had passed it to Walo like a cup too hot to hold. A year of evenings was no price for a thing she had given away. She let the promise go, and felt lighter, and was ashamed of feeling lighter.}
-> covering_ren

// A snatched shot, high into the gatepost or low into the gravel; either way Walo pays for it.
= miss
She snatched at the trigger instead of squeezing it. # AUDIO: phaser
The bolt went nowhere near him and gouged a black line across the gatepost.
-> miss_crates

= legs_miss
She tried to bring the circle down to his knees. It skated off him onto the gravel, and when it swung back across his boots she snatched at the trigger. # AUDIO: phaser
The bolt kicked up a spray of gravel a long stride short of him, and he was moving before the stones came down.
-> miss_crates

= miss_crates
~ walo_hurt = true
The walker dropped behind the cargo crates as if he had been waiting all day for the chance.
Walo's rifle cracked and the guard in the sun fell. Then Walo came up on one elbow, swinging toward the crates to cover her miss, and the walker fired first. # AUDIO: phaser
Up the slope, blind and fast. Bark jumped off the trunk.
Walo made a small, surprised sound and rolled back behind the log with his hand clamped to his upper arm, and blood came between his fingers, shockingly bright.
"Keep him down," Walo said through his teeth. "Kee. Keep his head down."

+ [Fire at the crates until he stays down.]
    -> miss_hold
+ [Pull Walo's hand away to see how bad it is.]
    -> miss_call

= miss_hold
She fired, and fired, and fired, a bolt into the crates every time she breathed out, until the air over the gate shimmered and stank. The walker could not lift his head to do anything at all. # AUDIO: phaser
Walo dragged himself up onto his knees, laid his rifle across the trunk one-handed, and waited for the head to come up.
It came up. He fired. # AUDIO: phaser
"Good," he said, grey-faced. "Good. Now watch the door."
-> bargain_passed ->
-> covering_ren

= miss_call
~ alarm = true
She turned to Walo and pried at his fingers, and he shoved her hand away. "Not me. Him."
When she looked back, the walker was crouched behind the crates with his wrist to his mouth, talking. A moment later the siren on the mast began to rise, a long wail climbing over the trees. # AUDIO: alarm # AUDIOLOOP: alarm
Walo fired one-handed, awkwardly, three times. On the third the walker slumped sideways. # AUDIO: phaser
It did not matter now. The call had gone.
-> bargain_passed ->
-> covering_ren

= legs_hit
She dropped the sight from his chest to his knee and squeezed before she could think better of it. # AUDIO: phaser
The walker's leg buckled under him. He went down hard on his side in the gravel, his rifle skittering away from him, and curled round the leg making a noise she felt in her teeth.
Walo dropped the guard in the sun with a single shot. Then he swung toward the walker. # AUDIO: phaser
"He's down," Kee said. "Walo, he's down, he can't do anything."
The walker was dragging himself along the ground. Not toward his rifle. Away from it, toward the fence and the trees, leaving a dark smear on the stones.

+ [Put her hand on Walo's barrel.]
    ~ spared = true
    ~ shift(faith, 5)
    She reached across and laid her hand flat on the barrel of Walo's rifle, and pressed it down.
    Walo held still under her hand. Then he turned his rifle toward the building. "Your choice," he said. "Yours to keep."
    {heart == torn:It was not the one thing she had bargained for. It was the second voice's thing: a leg, and a man left breathing. Whether the Prophets would take it instead, she would learn some other day.}
    -> covering_ren
+ [Finish what she started.]
    ~ kee_killed = true
    ~ finished_him = true
    ~ shift(faith, -10)
    She put the sight back on him. He was crawling very slowly now, with his back to her.
    She fired once, and he stopped. # AUDIO: phaser
    It was the hardest thing she had done all day, and it had been the easiest shot she had ever taken.
    -> covering_ren

// A torn heart bargained on the ridge for one thing (the killing shot); where
// that shot went to Walo instead, the bargain is answered here, at once, so no
// later scene has to carry a promise the run never kept.
= bargain_passed
{heart == torn:One thing, she had promised the Prophets, and the one thing had gone to Walo's rifle instead of hers. Whatever she owed them now, it was not a year of kneeling in the shrine tent.}
->->
