// THE GUARDS: Kee studies her target, sees (or doesn't see) the Bajoran worker,
// and the Prophets' teaching comes back to her.
=== the_guards ===
Walo lifted one finger off his rifle and pointed it, barely, at the gate. "Mine's the one in the sun," he breathed. "You have the walker." Of course she did. The first guard stood in a shaft of light that fell through a gap in the canopy, his face tipped up into it like a lizard on a warm rock. The second never stopped moving: barrier to fence, fence to barrier, stamping and blowing into his gloved hands. Kee put her eye to the sight, and the walker swam up close and huge. # CLEAR # scene: The Guards
{nerve < 35: Her heart was going so hard she could feel it knocking against the trunk. # AUDIO: heartbeat}

+ [Learn the walker's pattern until she can count it.]
    ~ shift(aim, 10)
    -> pattern
+ [Look at his face.]
    ~ shift(faith, 5)
    ~ shift(aim, -5)
    -> face
+ [See only the uniform.]
    ~ shift(faith, -10)
    ~ shift(nerve, 5)
    -> uniform

= pattern
~ studied = true
Fourteen steps from the barrier to the fence post. A half turn, a stamp, a look down the road toward the smoke that was still thinning over the trees. Fourteen steps back.
At the barrier he stopped every single time to mutter something to the other one, and for those three heartbeats he was as still as the marker stone in the ravine.
She followed him through four full circuits, until she could feel the rhythm of him in her trigger finger. Walking. Walking. Still.
On the fifth circuit, the small side gate in the fence swung open.
~ worker_fate = "seen"
-> worker

= face
She made herself look at him properly.
It was hard to tell ages with Cardassians, but the ridges down his neck had not thickened yet, and his face had a soft, unfinished look.
He had a cold. She watched him wipe his nose on the back of his glove and scowl at the glove. Once he squinted up at the sky as though he could scold it into summer.
He looked like someone who wanted to be home, somewhere warm. He did not look like the soldiers who had come through the huts at Marazh, and it would have been easier if he had.
All that while her sight had rested on his face instead of on his walk, and when he turned at the fence she found she had no idea how many steps he had taken.
She kept looking anyway, and that was how she saw the small side gate in the fence swing open.
~ worker_fate = "seen"
-> worker

= uniform
She narrowed the whole world down to the armour.
Not a face. Not a man. The dull plates at the shoulders, the high collar, the weapon at the hip.
The same armour that had come down the rows at night with lamps. The same armour that had stood over a woman at the water pump and kept kicking after she stopped moving. The same armour that had walked her father out between the huts.
Her sight closed in around it like a tunnel.
Armour. Only armour. # CLASS: thought
~ grey_seen = true
At the very edge of the tunnel something shifted near the fence, a gate, a figure in grey{ridge_eye == "count":, no part of her count of six}{ridge_eye == "door":, which for half a breath her heart took for Ren}{ridge_eye == "fire":, which for half a breath she feared was Oardoli strayed up from her fire}, and she did not let her eyes go to it. It was not armour. It was not hers.

+ [Name to herself, one by one, what the armour has done.]
    ~ shift(nerve, 5)
    She named them in a whisper that did not move her lips. The pump. The ditch behind the latrines. The night with the lamps.
    By the end of the list the shaking in her hands had gone somewhere else, somewhere deeper, where it had turned hard.
    -> the_doubt
+ [Let the hate sit cold and quiet, and save it for the shot.]
    ~ shift(aim, 5)
    She did not feed it and she did not let it go.
    She held it the way she held a breath before a shot, all the way down, perfectly still, waiting.
    -> the_doubt

= worker
{ridge_eye == "door":For one leaping moment, after a morning of watching for a door, she thought it was Ren. It was not Ren.}
A Bajoran man came out with an empty water can in each hand: thin, no longer young, in a grey work smock with a Cardassian stencil on the back. When he turned his head the sun caught the earring on his right ear. The walker said something, the one in the sun laughed, and the man ducked his head as if he had heard that joke for years, and started down the path to the spring, almost straight below the trunk. He favoured one knee. In a little while he would bring the full cans back through that gate, into the building where Ren was laying the charges. Beside her, Walo had gone very still, even for Walo.
{ridge_eye:
- "count": Six, she had counted. Nobody had said a word about a seventh, and he was no soldier.
- "fire": He glanced once at the smoke from Oardoli's shed and quickly away, the way people at Marazh looked at any trouble that was not yet theirs.
}
{faith >= 55:Her eyes kept going back to the earring. At Marazh the vedek taught that the Prophets knew every ear that wore one, whoever paid the wearer's wages, and just now she could not stop hearing her say it.}

+ [Tell Walo what she is thinking.]
    {faith >= 55:
        -> tell_doubt
    - else:
        -> tell_accept
    }
+ [Say nothing, and keep her sight on the walker.]
    -> look_away

= tell_accept
"There's one of ours in there," she whispered.
"Not ours." Walo did not take his eye from his sight. "He eats their rations and scrubs their floors and he walks in and out of that gate like it's his own front door. He chose."
Collaborator. Ren used the word; Tarvel used it; it went round the cave fire like a cup everyone drank from.
People who took Cardassian pay were part of the Cardassian machine, and when you broke the machine you did not stop to pick through the pieces.
It made sense, when Walo said it. It had the weight of every night she had sat by that fire and nodded along.
{memory == "joial":Then she thought of Uncle Joial, whom she had been thinking of not a quarter of an hour ago, humming down a Cardassian corridor behind his mop. Walo's word fitted him exactly as well as it fitted this man. She did not say so. She did not want to hear what Walo would answer.}
Below her the man had knelt at the spring with his back to the post.

+ {memory == "joial"} [Go down to the spring, whatever Walo says.]
    -> warn
+ {memory != "joial"} [Go down to the spring, whatever Walo says. #locked: Walo's word has settled over her, and nobody she thought of in the wait takes their pay.]
    -> warn
+ [Let him go back inside.]
    Kee watched the man fill his cans, straighten with a wince, and climb back up the path. The gate closed behind him.
    She let him go. She put her eye back to the sight.
    -> the_doubt

= tell_doubt
"There's one of ours in there," she whispered. "When it goes, he'll be—"
"He chose where to work, Kee." Walo did not take his eye from his sight. "He's a collaborator."
That word should have settled it. In the cave it always did.
{memory == "joial":But she had just spent the slow part of the morning with Uncle Joial in her head: his mop, his humming, the code going round under his breath all the way home. He took Cardassian pay to mop Cardassian floors. If this man was a collaborator, so was the man who had got Ren through that door.|But she thought of Uncle Joial, who took Cardassian pay to mop Cardassian floors.} She thought of the man's earring, and of whoever had pierced it for him by some fire, long ago. She could not make the word sit still.
Below her the man had knelt at the spring with his back to the post. Thirty paces of fern lay between them, thick and wet, all the way down.

+ {nerve >= 40} [Slide down through the ferns to the spring.]
    -> warn
+ {nerve < 40} [Slide down through the ferns to the spring. #locked: She is shaking too hard to go down that slope unseen.]
    -> warn
+ [Let him go back inside.]
    -> let_go

= let_go
She watched him fill the second can and stand and press a hand into the small of his back.
She watched him climb the path, and the walker wave him through, and the side gate close.
She had not decided anything, she told herself. She had only not moved.
Kee fixed her sight on the walker and kept it there.
-> the_doubt

= look_away
She said nothing. She nudged the sight left, back onto the walker, and kept it there while the man went down to the spring and filled his cans and climbed back up.
She heard the side gate clang. She kept her eye where it was.
If she never saw his face, she would not have to keep it afterwards. The clang of the gate stayed with her instead.
-> the_doubt

= warn
~ worker_fate = "warned"
~ shift(nerve, 5)
~ shift(faith, 5)
Walo's hand closed on her ankle and slipped off again. "Kee," he hissed. She was already going.
She went down through the ferns on her belly, rifle cradled across her arms, cold wet fronds slapping her face.
The slope hid her from the gate and the spring covered the sound of her, all the way down to a mossy boulder an arm's length from the water. Up close the man smelled of soap and old sweat and boiled katterpods.
"Don't go back in," she said.
He went rigid. Water overflowed the can and ran over his wrists. Slowly he turned his head and looked at her: the rifle, the mud on her face, the earring. His eyes stayed on the earring.
"How old are you?" he whispered.
"Don't go back in there. Please. Not today."
Something crossed his face that was not quite fear. It looked more like grief. Then he stood, lifted both cans, and walked back up the path without another glance at her.
Kee went cold all over. He worked for them. Of course he would tell them.
At the gate the man set down his cans, said something to the walker, rubbed his bad knee and pointed down the supply road. The walker flapped a hand at him in disgust, and the man limped away down the road, not looking back, until the trees closed around him.
She crawled back up through the ferns. When she slid in behind the trunk, Walo kept his eye to his sight.
"If he'd shouted," he said at last, very quietly.
"He didn't."
"No." A long breath. "He didn't."
-> the_doubt

// The doubt: the Prophets' teaching surfaces, and Kee's heart settles one way or another.
=== the_doubt ===
// The ridge's pick has had its answer at the gate; cleared so that runs which
// differ only in it are one state from here on, for every walker of the story.
~ ridge_eye = ""
What the hand does in anger comes back to the hand. The blow goes out into the world, and it returns home, and it brings its children with it. # scene: The Old Words # CLASS: prayer
{
- worker_fate == "warned":
    The words came up through her the way water finds a crack in stone, in the thin, enormous voice of the vedek who kept the shrine tent at Marazh.
    She had just gone down that slope to keep one man alive, and now she was lying here waiting to end another.
    The two things would not fit inside her head at the same time.
    She kept trying to make them, and they kept sliding apart.
- worker_fate != "":
    She had not gone looking for the old words. They found her anyway, in the voice of the vedek at Marazh, with the side gate shut again behind the man with the water cans. There was a man with an earring like hers behind those walls now, fetching water for the people who paid him. The clang of the side gate kept sounding in her, and with it his stencilled smock and his bad knee.
- else:
    It was the vedek's voice, the thin old woman who kept the shrine tent at Marazh. Kee had heard the words so often as a small child that they had stopped being words and become a kind of weather.
    It had rained on her all her life. Today she had thought she was standing somewhere dry.
}
{faith >= 60:They came close today, close enough that even a quarrel with them would be heard out.}
{faith < 60:They came thinner than they used to, though, as if through a wall. If she let them in now, or even stood and quarrelled with them, she would not be listening to them; she would be haggling with them, trading a promise for a favour, the way you talk to a stallholder and not the way you pray.}

+ {faith >= 60} [Let the old words come.]
    -> listen
+ {faith < 60} [Let the old words come. #locked: They come thinner than they used to, as if through a wall.]
    -> listen
+ {faith < 60} [Let the old words in as far as they will come, and bargain with them.]
    -> bargain
+ [Smother them with everything she remembers of the camps.]
    ~ shift(faith, -10)
    -> harden
+ [Argue with them, the way she used to argue with the vedek.]
    ~ shift(faith, -5)
    -> argue

= argue
Where were you at Marazh, she asked them. Where were you on the night of the lamps.
The vedek had always had an answer to that, something about the Prophets not living in time as people did, so that what seemed late to us was not late to them. Kee had never once found it satisfying. It did not satisfy her now.
Still, it was them she was talking to. She noticed that even as she did it.
{faith >= 55:
    And they heard her out. When she had run out of questions they were still there, close and patient, and she had nothing left to offer them and nothing to ask.
    -> listen_in
}
The quarrel went thin in her, and what was left of it began, almost without her, to turn into terms.
-> bargain

= listen
She let them come, and they came the whole way in.
-> listen_in

= listen_in
~ heart = open
~ shift(aim, -5)
The Prophets did not want this. She knew it as surely as she knew the weight of the earring in her ear.
Somewhere a woman had taught the walker his own prayers, whatever Cardassians prayed to.
The old words did not tell her what to do instead. They never had.
She found that her finger had moved off the trigger and was resting along the guard.
-> first_shot

= bargain
~ heart = torn
She did not send the words away. She bargained with them instead. Let me do this one thing, she told the Prophets. One. Let me do it, and I will sit in the shrine tent every evening for a year. I will learn all the long prayers, the ones even the old women skip. I will never ask for anything else.
She did not know whether the Prophets took bargains. The vedek had said they did not. But the vedek had never lain behind a log with a rifle. And then, quietly, the way a second voice joins a song: if she had to shoot, perhaps she did not have to kill. A leg. A shoulder. Enough to put him down and keep him down.
-> first_shot

= harden
~ heart = hard
The words came and found nothing to hold on to. She thought of the camp instead. The beatings at the water line. The boy in the ditch whom nobody was allowed to bury for two days. Her father's hand, heavy and warm, and then gone. The vedek's lamps had burned at Marazh every one of those nights, and the soldiers had walked straight past them.
The old words slid off her like rain off oiled cloth. She looked down the sight at the walker and saw armour, and only armour.
-> first_shot
