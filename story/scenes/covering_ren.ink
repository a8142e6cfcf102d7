// COVERING REN: Ren breaks out of the post; the trunk splinters; Kee holds or flinches.
=== covering_ren ===
// A heart that hardened on the ridge has nothing to bring to a shrine tent.
~ still_believes = faith >= 45 && heart != hard && not alarm && not walo_hurt
~ sure_aim = aim >= 50
{heart == torn && kee_killed && not walo_hurt:
    ~ bargained = true
}
// The decisions above read aim, faith and heart; the scene itself lives in its
// own stitch so that the explorer, which tracks variables stitch by stitch, can
// forget those stats once they are decided (see main.ink).
-> doorway

= doorway
The door beside the gate flew open and Ren came out of it backwards, firing into the building from the hip, then spun and ran for the trees at the foot of the slope, bent low, his empty pack flapping against his back. Two shapes filled the doorway behind him, and the air over the clearing lit up orange. "Cover him," Walo said{walo_hurt: through his teeth}, and fired. # CLEAR # scene: Covering Ren # AUDIO: phaser_far
{alarm: Under the endless wail of the siren she could not even hear Ren's boots.}
{
- spared:
    Kee dragged her sight away from the man crawling toward the fence and onto the doorway. She had one of the shapes, she almost had it, when a bolt hit the trunk just past her rifle's muzzle and the wood burst, splinters stinging her cheek and eyelid, the whole trunk jolting under her like a kicked animal. # AUDIO: splinter
- kee_killed:
    Kee dragged her sight off {first_shot.finish or first_shot.finish_gap:the crates, and what lay still behind them,|the shape lying on the gravel} and onto the doorway; she did not let herself look back at it. She had one of the figures in the door, she almost had it, when a bolt hit the trunk a palm's breadth from her rifle and the wood exploded into splinters that stung her cheek and eyelid and the back of her hand. # AUDIO: splinter
- else:
    {first_shot.soon_miss.kept_at_it:Her barrel was still too hot to touch from all she had poured at the gatepost.}{first_shot.soon_miss.looked_to_walo:She kept her eyes off Walo after that and did what he had said.}{first_shot.wound_call.emptied_charge:The charge light on her rifle still showed amber.}{first_shot.wound_call.shouted:Her throat was raw from the shriek.}
    Kee swung her sight onto the doorway. Whatever she had or had not done at the gate, this was the part that mattered now: Ren. She had one of the shapes, she almost had it, when a bolt struck the trunk right beside her rifle and the old wood burst apart, spraying her face with splinters. # AUDIO: splinter
}
{nerve < 40 || (alarm && nerve < 55): Her heart slammed so hard it hurt, and every muscle she had was pulling her down toward the moss. # AUDIO: heartbeat}

+ [Keep her eyes on the doorway.]
    {(nerve >= 40 && not alarm) || nerve >= 55:
        -> hold
    - else:
        -> flinch
    }
+ [Get her head down, count three, and come back up.]
    // The same line as holding: the pulse warning above shows whenever either can fail.
    {(nerve >= 40 && not alarm) || nerve >= 55:
        -> duck_up
    - else:
        -> duck
    }

= hold
~ shift(nerve, 5)
She flinched. She could not help that; her whole body jerked away from the sting like a hand from a stove. But it came back. She made it come back. She blinked the grit out of her eye, found the doorway again, and fired into it. Fired again. One of the shapes ducked back behind the frame, unhurt, and stayed there. The other kept shooting, but high now, wild, bolts tearing through the leaves far over Ren's head. # AUDIO: phaser
Ren reached the tree line and the ferns closed behind him as if he had never crossed the clearing. She realised she was grinning, and that her face was wet, and that she could not tell which was tears and which was blood from the splinters.
-> burn

= flinch
// No nerve cost beyond the duck's: she tried to hold, and trying must not be
// the dearer of the two ways into the same pin.
She meant to keep her eyes on the doorway. Her body had not been asked.
When she knew where she was again, she was flat behind the trunk with her face pressed into the moss and both arms wrapped over her head, and her arms would not unwrap no matter what she told them.
Get up. He's out there. Get up. # CLASS: thought
Walo was firing alone{walo_hurt:, one-handed, his rifle braced on the trunk and his face the colour of ash}, steady and unhurried, one shot to each breath out. # AUDIO: phaser
When her arms at last let go of her head, Ren was not in the trees.
-> pinned

= duck_up
She dropped behind the trunk with her arms over her head. Ren's drill: when the wood goes, get low, let it take the fire.
Then she counted three and came back up, the second half of the drill, the half most people forgot.
Ren was halfway to the trees. A shape leaned out of the doorway to aim at his back, and Kee fired at it, and fired again, and it leaned back in. # AUDIO: phaser
Ren reached the ferns at the foot of the slope and was gone into them. She found she had bitten her lip bloody and had not felt it.
-> burn

= duck
She dropped behind the trunk with her arms over her head. Ren's drill: when the wood goes, get low, let it take the fire.
She counted three. She counted three again, and again, and for a long count of breaths she could not find the way back up.
Walo was firing alone{walo_hurt:, one-handed, his rifle braced on the trunk and his face the colour of ash}, steady and unhurried, one shot to each breath out. # AUDIO: phaser
When she finally came up out of the counting, Ren was not in the trees.
-> pinned

= pinned
He was crouched behind the big water tank halfway across the clearing, bolts spitting off the metal all around him. The fire from the doorway had caught him in the open. Nobody had been covering him. She had not been covering him.
{alarm: Far off under the siren, from the direction of the valley, she heard engines.}
From the tank to the ferns was twenty strides of bare red earth, and the doorway looked straight down every one of them. Whoever went down to him would have to bring him back across all twenty under the doorway's gun, at his pace, and it would not miss them both.
{not sure_aim: At the practice ravine she had hit the small marks one time in three, on a good day, and the edge of a doorway was a thin thing to hit from the ridge.}
"Walo." Ren's voice at her collar was calm and very quick. "I can't move from here." # CLASS: comm # AUDIO: comm

+ {nerve >= 30} [Go down to him.]
    -> go_down
+ {nerve < 30} [Go down to him. #locked: Her legs will not take her out into the open.]
    -> go_down
+ [Fire into the doorway to open him a gap.]
    {sure_aim:
        -> gap
    - else:
        -> ren_hit
    }
+ [Do what Ren told them, back in the cave: if it goes wrong, go.]
    -> leave_him

= go_down
~ ren_hurt = true
~ shift(nerve, 10)
She was over the trunk before she had finished deciding to be.
The slope went by in a blur of ferns and wet earth.
She slid most of it on her back with the rifle held up over her face, Walo's bolts cracking over her head toward the doorway.
Then there was flat red ground under her feet, and nothing at all between her and the building.
Twenty steps. She counted every one of them.
She hit the water tank with her shoulder and went down beside Ren. His face was so surprised that it was almost funny. Then it was furious.
"What are you doing?"
"Getting you," she said.
They broke from the tank together. A bolt took Ren low in the side as they ran, and he folded over it with a grunt and kept going. # AUDIO: phaser
She got her shoulder under his arm and took as much of him as she could. He was the heaviest thing in the world.
Then they were in the ferns, and Ren was laughing in a strange high breathless way against her ear.
"Stupid," he said. "Brave and stupid. Tarvel will skin me."
-> burn

= gap
She put her sight on the frame of the doorway, left side, where the shooter had to lean out to see, and fired into the edge of it. And again. And again. Beside her Walo did the same on the right. Between the two of them the doorway became a place where no one could stand. # AUDIO: phaser
Ren saw it. He came out from behind the tank in one long stride and ran, and did not stop running until the trees had him.
She let her breath out in a shudder. She had been holding it for the whole of his run without knowing.
-> burn

= ren_hit
~ ren_hurt = true
She fired into the doorway and her bolts went everywhere but where she sent them: the wall, the roof, the dirt in front of the step. # AUDIO: phaser
Ren must have heard the fire and thought it was a gap. He broke from the tank.
The bolt caught him in the thigh three strides short of the trees. He went down on his face, and got up, and went down again.
"Stay," Walo said. "Cover me. Properly this time."
And he was gone over the trunk{walo_hurt:, bad arm and all}, and she fired and fired at the doorway while Walo dragged Ren the last few strides into the ferns by his collar.
She had done that. Not the bolt. The gap that was not there.
-> burn

= leave_him
~ ren_taken = true
Back in the cave, on the last night, Ren had said it to all of them.
If it goes wrong, you go. You do not come for me. One of us taken is a loss. Three of us taken is a cell finished.
Walo had gone very still. He looked at the tank, and then at her, and she saw him decide.
"Go," said Ren at her collar, before Walo could say it. "Both of you. I'll burn it from here." # CLASS: comm # AUDIO: comm
They went back up the slope on their bellies, and over the crest, and then they were on their feet and running through the trees with the firing going on behind them.
Kee kept her face to the trees. She had been told not to turn round, and she did as she was told, and she hated every step.
-> burn
