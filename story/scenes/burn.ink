// BURN: Ren's word on the comm, the blast, and the comm check that follows.
=== burn ===
{ren_hurt:
    ~ still_believes = false
}
{ren_taken:
    -> over_the_crest
}
-> the_word

= the_word
{ren_hurt:
    "Burn!" Ren's voice was thin and tight, but the word was the same. # CLEAR # scene: Burn # CLASS: comm # AUDIO: comm
- else:
    "Burn!" # CLEAR # scene: Burn # CLASS: comm # AUDIO: comm
}

// The last stat move before the comm: the drill held, or she watched and was shaken.
+ {not covering_ren.go_down} [Throw herself flat behind the trunk.]
    ~ shift(nerve, 5)
    -> flat
+ {covering_ren.go_down} [Throw herself flat in the leaves beside Ren.]
    ~ shift(nerve, 5)
    -> flat
+ [Keep her eye on the post for one heartbeat longer.]
    ~ shift(nerve, -5)
    -> watch
+ {not covering_ren.go_down && not covering_ren.ren_hit && not walo_hurt} [Grab Walo's sleeve and drag him down with her.]
    ~ shift(nerve, 5)
    She grabbed a fistful of Walo's sleeve and pulled, which was foolish, because Walo had been going down anyway and was twice her weight. They went into the moss together in a tangle of elbows and rifle barrels.
    For one absurd moment, with his shoulder jammed against her ear, she thought he was laughing.
    -> blast

= flat
    For a month that word had come at her in Ren's sharpest voice at odd moments in the cave, over supper, while she was washing, once in the middle of the night, until she was throwing herself down before she was properly awake. It worked.
    {covering_ren.go_down:
        She was down before the word had finished, in a hollow full of dead leaves at the foot of the slope, with Ren beside her breathing through his teeth.
        She had time to press her cheek into the leaf mould and think, very clearly: now.
    - else:
        She was down before the word had finished. {covering_ren.ren_hit:There was nobody beside her now; Walo was down in the ferns with Ren.|Walo was down beside her.} She had time to press her cheek into the moss and think, very clearly: now.
    }
    -> blast

= watch
She knew what the word meant better than she knew her own name. She wanted to see it anyway. {ren_hurt:She did not think she had earned it. She looked anyway.|She would never get another chance to see it.}
{
- covering_ren.go_down:
    For one heartbeat nothing happened. Then a white seam opened along the roofline, and the mast began to lean like a tired man finding a wall. Ren's hand clamped on the back of her neck and shoved her face into the leaves.
    Down here, so close, it was not a wind but a wall. The trees above the hollow bent and thrashed as if a whole storm had come through in one breath, and branches and grit came thudding into the leaves all round them, and her ears rang like a struck pot. # AUDIO: blast # CLASS: impact
- covering_ren.ren_hit:
    For one heartbeat nothing happened. Then the grey walls bulged, very slightly, like a held breath. There was nobody beside her to pull her down; Walo was in the ferns with Ren.
    She pulled herself down, a heartbeat too late, and the blow came up through the hill like a fist. The air over the trunk went solid and hot, grit and bark stung her scalp, and afterwards there was only a thin whine in her skull, like a wire drawn tight. # AUDIO: blast # CLASS: impact
- else:
    For one heartbeat nothing happened. Then the roof lifted, all of a piece, a hand's breadth off the walls, and the mast tipped sideways on it. Walo's hand clamped on the back of her neck and shoved her face into the moss.
    The blow came up through the hill like a fist. The air went solid and hot over the trunk, the old trunk rocked on its bed of moss and came to rest against her ribs with a groan, and grit and bark came pattering down through the leaves for a long time afterwards. Her ears rang, and went on ringing. # AUDIO: blast # CLASS: impact
}
-> comm_check

= over_the_crest
They were thirty strides past the crest when the comm clicked. # CLEAR # scene: Burn
"Burn," Ren said, as evenly as if he were asking for the bread. # CLASS: comm # AUDIO: comm
Walo hit the ground and pulled her down with him among the roots of a big sweetbark.
-> blast

= blast
{
- ren_taken:
    Over the crest the ground jumped under her ribs before she heard anything at all. A hot wind tore through the branches above her, stripping leaves, and then everything was falling, grit and bark and small hard things rattling down around her, and when the sound came at last it was less a sound than a pressure in her ears that would not let go. # AUDIO: blast # CLASS: impact
- covering_ren.go_down:
    Down here, so much closer, the blast came as a wall: it went over the hollow with a roar, and the trees above them bent and thrashed as if a storm had come through in a single breath, and then everything was falling, grit and bark and branches, small hard things thudding into the leaves all around them. Her ears rang like a struck pot. # AUDIO: blast # CLASS: impact
- else:
    The blast did not arrive as a sound. It arrived as a blow, as if the hill had been punched from underneath. The air went solid and hot and rolled over the top of the trunk, and the trunk, that huge dead weight she had lain against all morning, heaved once against her shoulder like a sleeper turning over, and groaned, and was still. Then everything was falling: grit, bark, small hard things pattering down through the leaves for a long time afterwards, while her ears sang one high, endless note. # AUDIO: blast # CLASS: impact
}
-> comm_check

// The comm check: who is still there.
=== comm_check ===
// Nerve's last checks, decided here so the stat leaves the explorer's states
// before the comm's own choices (see main.ink).
~ voice_holds = nerve >= 50
~ can_keep_still = nerve >= 50
{ren_taken:
    -> silence
}
{
- covering_ren.go_down:
    "Sound off," Ren said into his comm, though she was lying close enough to touch. "I've got Kee." # scene: Comm Check # CLASS: comm # AUDIO: comm
    "Here," said Walo, from somewhere up the slope. "I watched her go down for you, Ren. All twenty strides." # CLASS: comm
- covering_ren.ren_hit:
    "Sound off." Ren's voice was ragged. # scene: Comm Check # CLASS: comm # AUDIO: comm
    "Both here," Walo answered. "He's hit. I've got him." # CLASS: comm
    Kee lay alone behind the trunk. Nobody had answered for her.
- else:
    {alarm:
        "Sound off." Ren's voice came thin through the ringing in her ears. "Both here," said Walo, and that was Kee counted too, before she had found a word of her own. # scene: Comm Check # CLASS: comm # AUDIO: comm
    - else:
        "Sound off." Ren's voice came thin through the ringing in her ears. "Both here," said Walo, and that was Kee counted too, before she had found a word of her own; and then Oardoli, far down the road, sounding almost cheerful: "Here. Road's quiet. Sky's quiet. Nobody heard a thing until it was too late to matter." # scene: Comm Check # CLASS: comm # AUDIO: comm
    }
}
{alarm:
    -> oardoli_bad
}
{covering_ren.go_down || covering_ren.ren_hit:
    "Here." Oardoli, sounding almost cheerful. "Road's quiet. Sky's quiet. Nobody heard a thing until it was too late to matter." # CLASS: comm # AUDIO: comm
}
-> comm_choice

= oardoli_bad
"Here." Oardoli, breathless. "And it's not good. Two skimmers coming up the valley road and foot soldiers behind them. Whoever that guard was talking to, they heard him." # CLASS: comm # AUDIO: comm
-> comm_choice

= comm_choice
// voice_holds decides the answer below; the line says so before she tries.
{not voice_holds:Her jaw had not stopped shaking since the blast, and she could feel any word she tried for snagging somewhere under her tongue.}

+ [Press the comm and answer for herself. # map: Kee answers for herself]
    {voice_holds:
        -> answer_steady
    - else:
        -> answer_shaky
    }
+ [Keep quiet, and let the others do the talking.]
    -> let_stand

= answer_steady
~ answered_comm = true
She pressed the comm. "Kee here," she said, and the words came out whole. There was a small pause on the channel.
"Heard you, Kee," said Ren. # CLASS: comm # AUDIO: comm
It was only three words. She folded them up small and put them somewhere safe.
-> onward

= answer_shaky
~ answered_comm = true
~ voice_shook = true
She pressed the comm, and nothing came out but breath. She tried again. "K. Kee. I'm here."
"Good," said Ren, after a moment, more gently than she could stand. # CLASS: comm # AUDIO: comm
{not covering_ren.go_down && not covering_ren.ren_hit:Walo kept his eyes on the smoke and let her have the moment to herself.}
-> onward

= let_stand
{
- covering_ren.go_down:
    Ren had already said it for her. I've got Kee. As if she were a parcel he had carried out.
    She lay beside him with his blood drying on her sleeve and let it stand.
- covering_ren.ren_hit:
    She lay alone behind the trunk with her thumb on the comm and did not press it.
    If they forgot she was up here, perhaps they would also forget the gap that had not been there.
- else:
    ~ walo_answered = true
    Both here. Walo had said it, and it was true. It was also Walo speaking for her, the way grown-ups in the camp queues spoke for children who were too small to be asked.
    She let it stand. She was not sure what her voice would do.
}
-> onward

= onward
{alarm:
    -> the_chase
}
-> aftermath

= silence
"Ren." Walo had the comm pressed to his mouth. "Ren. Answer." # scene: Comm Check # CLASS: comm
Nothing. A faint hiss, like rain a long way off.
"Ren, I saw it go." Oardoli, breathless from running. "Walo? Where's Ren?" # CLASS: comm # AUDIO: comm
Walo took his thumb off the comm. It was a while before he put it back.
When he did, his voice was perfectly level. "Behind the water tank. He told us to go."
Nobody said anything after that. The channel hissed.

+ [Press the comm and say his name herself.]
    ~ shift(nerve, 5)
    She pressed it. "Ren," she said. "Ren, it's Kee. Ren."
    The hiss went on. Walo reached over, quite gently, and took her hand off the comm.
+ [Take hold of Walo's sleeve, and say nothing.]
    ~ shift(nerve, -5)
    She took a fistful of his sleeve and held on. He let her.
    He was staring back at the crest, where the smoke was coming up grey and thick and slow, and his arm under her hand was shaking the way hers had shaken all morning.
- {nerve >= 45:When Walo got up to go on, she was on her feet before him.|When Walo got up to go on, he had to take her by the arm before her legs would hold her.}
-> scattered
