// REPRISAL: the prefect's answer to the raid, and what Kee becomes in its light.
=== reprisal ===
Four days later, the answer came. Tarvel had sent Kee down to Marazh to sit out the searches, because nobody looked twice at one more thin child in a refugee camp, and she was in the water queue with a can in each hand when the speakers on their poles crackled and the whole queue went quiet. The voice was warm and unhurried, a man sorry to have to raise a difficult subject. Everybody knew it. Gul Dukat, prefect of Bajor. # CLEAR # scene: The Answer # BACKGROUND: camp # AUDIOLOOP: none
"People of Bajor. Since I came to you, I have shortened the hours in your labour camps. I have increased your rations. I have asked nothing in return but calm." # CLASS: comm # AUDIO: comm
It was true; that was the worst of it. The bread had got better when he came, three years ago, and the quotas smaller, and people in the camp still said so. They also talked about the drydock bombing a month after he came, when two hundred Cardassians had died in orbit, and Dukat had answered it with two hundred Bajorans, pulled out of their homes and shot.
{spared:
    "Four days ago, in the Joralla forest, criminals murdered five Cardassian soldiers who were guarding your own province. A sixth survived, and has been most helpful. He tells us the murderers came out of the camps. He tells us that one of them was a child. I take no pleasure in what follows. But order has a price, and the price must balance. This morning five Bajorans were executed for their part in this crime. Their names are as follows." # CLASS: comm
- else:
    "Four days ago, in the Joralla forest, criminals murdered six Cardassian soldiers who were guarding your own province. I take no pleasure in what follows. But order has a price, and the price must balance. This morning six Bajorans were executed for their part in this crime. Their names are as follows." # CLASS: comm
}
{spared:
    -> names_marazh
- else:
    -> names_valley
}

= names_marazh
He read them out slowly and clearly, as if he wanted to be sure nobody missed one.
The first was Pell Anora, who taught the camp children their letters with a stick in the mud behind the shrine tent. The second was her son.
A sound went along the water queue like wind through dry grass.
Kee knew the third name too, and the fourth. She did not know the fifth, but the woman two places ahead of her in the queue did, and sat down very suddenly in the mud with her cans spilling.
Five, from Marazh. Not from some village down the valley. From here.
Because a man lying in the ferns had seen a child with an earring, and told them where children with rifles came from, and Marazh was the nearest camp to the Joralla. Tarvel had sent her down here anyway, reckoning one more thin child among thousands safer than a cave the soldiers would be combing by morning.
{memory == "father":The speaker read the names just as the soldier with the padd had read them down the rows, the night they took her father: evenly, one after another, as if they were sacks.}
Kee stood in the queue with her cans and her face perfectly still, because the soldiers at the gate were watching the queue, and she had been trained. Her right ear burned under her hair. She had shaken the hair down over it that morning because a man in the ferns had lived to remember that chain, and she did not dare lift a hand to check that the chain was covered.
{answered_comm && not voice_shook:Four days ago, on the ridge, she had pressed the comm and answered for herself, and been proud of it. Here in the queue she kept her name behind her teeth.|}{voice_shook:Four days ago, on the ridge, she had pressed the comm and her own name had come out in pieces. Here in the queue she kept it behind her teeth, where it could not break.|}{not answered_comm:{walo_answered:Four days ago Walo had answered for her on the comm. Here in the queue there was nobody to answer for her, and she was glad nobody asked.|Four days ago, on the ridge, the comm had waited for her own name and she had let it wait. Here in the queue she kept that same silence, and nobody asked.}}

+ (hut) [Go and find Pell Anora's hut.]
    She went that evening, when the light had gone. The hut was full of women sitting close together, and nobody asked who she was.
    She sat down at the back among them, where it was dark, and listened to them not saying anything.
    Pell Anora had taught her to write her own name in the mud, the winter after her father was taken. Kee had forgotten that until now.
    -> mercy_end
+ [Go to the shrine tent.]
    She went to the shrine tent, because there was nowhere else to go.
    The old vedek was already lighting lamps: five, in a row, on the low table. She went on with the lamps when Kee came in.
    Kee knelt at the back and tried to pray for five people, and kept finding a sixth in the middle of it, lying in the ferns with his eyes open, watching her go.
    -> mercy_end

= mercy_end
She had let him live. She kept arriving at that sentence and stopping there, as if the next words would say what it had cost, and they never came.
Would there have been five names anyway, from some other camp, if she had finished what she started?
Probably. Almost certainly. He would have found five somewhere.
But they would not have been Pell Anora and her son.
{
- worker_fate == "warned":
    And somewhere on the roads was the man from the spring, limping on his bad knee. The walker had seen him sent away down the supply road that morning. She wondered what else he had been most helpful about.
- worker_fate != "":
    And the man with the water cans, earring and all, had gone back in through the side gate before the walls went, while the one in armour lived. She turned that over and over and could not make it come out even.
}
She kept the earring in, and kept her hair down over it. {names_marazh.hut:She learned her letters over again that season, properly, scratching them in the mud behind the shrine tent where nobody taught them any more.|She never went back to the vedek's lamps after that night. Five was already more than she could kneel in front of.} She went back up to the cave when Tarvel sent for her. Walo came down to fetch her, and asked nothing about the queue. She lay on ridges, and she fired when she was told to fire.
-> carried.grey ->
{names_marazh.hut:On the next ridge, when her sight found a soldier's knee, it slid up of its own accord to the middle of him and stayed there. She let it. Behind her eyelids, whenever she closed them, a grey face lay in the ferns with its eyes open, watching her go.|On the next ridge her sight found a soldier's knee, and this time she moved it herself, slowly, up to the middle of him, and counted the vedek's five lamps under her breath before she squeezed, so that she would know it was her own hand that did it.} # ending: mercy # ending_title: The One She Spared # epilogue: After that Tarvel sent her to the gate on every strike without a second word, and her sight never again came to rest on a knee.
-> END

= names_valley
He read them out slowly and clearly, as if he wanted to be sure nobody missed one. They belonged to a village called Sarn's Ford, half a day down the valley: a farmer and his brother, a woman who kept bees, a boy of sixteen, two men Kee had never heard of. Nobody in the queue knew them. People looked at each other, and then at the ground, and then shuffled forward again, because the queue was still the queue.
Somewhere in Sarn's Ford, tonight, there would be a boy of twelve or thirteen sitting very still in a hut, learning six names by heart, and deciding what to do with them.
She had sat like that herself at seven, the night a soldier read down the row and her father's was the third name he said.

+ {still_believes} [Go to the shrine tent.]
    -> prayer
+ {not still_believes} [Go to the shrine tent. #locked: The old words have gone quiet in her since the ridge, and she has nothing to bring them now.]
    -> prayer
+ [Go back up to the cave tonight, and ask Ren for the next target.]
    -> six_for_six

= prayer
The old vedek was lighting lamps on the low table: six of them, in a row.
She did not ask Kee why she had come. She moved along and made room on the mat.
Kee lit a seventh lamp, and then an eighth. For the walker, stamping his feet in a forest too cold for him. For the guard in the sun.
{worker_fate != "":She lit a ninth for the man with the water cans, who had gone limping down to the spring that morning with an earring like hers, and whose name she did not have, and a tenth for the ones inside she had never seen at all.|She hesitated, and then lit a ninth, for the ones inside she had never seen, whose faces she had never been given.}
{bargained:{aftermath.unsettled:She had knelt behind the old women in this tent every night since she came down to the camp, paying the first evenings of her year. Tonight, for the first time, she had brought something to it besides the debt.|Her year of evenings, owed since the ridge, began here, late, with lamps she had never promised.}}
The vedek watched her do it without a word, and Kee was more grateful for that silence than for anything anyone had said to her in days.
Kee knelt among the lamps and prayed for every one of them, Bajoran and Cardassian, the ones her rifle had helped kill and the ones the prefect had killed in answer.
She did not ask the Prophets to forgive her. She did not think that was what the lamps were for.
She went back up to the cave when Tarvel sent for her. Walo met her at the foot of the gully, as though he happened to be passing, and walked the rest of the way up beside her without a word. She kept her rifle, and she kept lying on ridges.
// Her nights after the raid (carried.walker) come after the queue's day, not in it.
-> carried.walker ->
-> carried.grey ->
-> carried.yours ->
But after every strike she lit lamps too, one for each name on both sides, and by the end of the season the row ran the whole length of the vedek's table and on along the floor of the tent, two lines of small flames with no gap between them. # ending: reprisal_prayer # ending_title: What the Prophets Count # epilogue: Years after Marazh she still kept a twist of lamp wicks in her pack, and lit them wherever she slept.
-> END

= six_for_six
{not still_believes:On her way out of the camp she passed the shrine tent. Through a gap in the flap she saw the old vedek setting six lamps in a row on the low table, and she did not stop. Whatever the lamps were asking for, she had left it behind a log on a ridge in the Joralla.}
{bargained:{aftermath.unsettled:Every night since she came down to the camp she had knelt behind the old women in the shrine tent, paying the first evenings of her year. Tonight she did not go in. The bargain went up the hill with her, half begun, and she kept her eyes off it.|The year of evenings she owed the Prophets went up the hill with her, unpaid, and she kept her eyes off it.}}
She went back up that night, alone, by the back ways, and found Ren sitting at the mouth of the cave with his rifle across his knees, as though he had been waiting for her.
"You heard," he said.
"Six," said Kee. "Six for six."
Behind Ren, Walo's cleaning rag stopped on his barrel, then went on.
"It's always something for something, with Dukat." Ren looked out at the dark and did not finish the thought.
{memory == "boys" || memory == "doubt":Kee thought of Teeg and Lorit and Banno, who had come up these same hills in the same month as she had, with their own lists of names. She had measured herself against them every day since. She did not want to be measured against whoever came next.}
{answered_comm:"Then give me something to do," Kee said. "You heard me on the comm that day. I'm still here. Give me the next one."|"Then give me something to do," Kee said. "Give me the next one."}
Ren looked her over, her face and her hands and the new chain on her right ear.
Whatever was in his face then, she could not read it in the dark.
"All right," he said.
She added the six names from Sarn's Ford to the ones she already kept: her father's, and the night of the lamps at Marazh, and now the walker, stamping his feet at the barrier{worker_fate != "":, and a man with a bad knee and two water cans, who had no name in it because she had never asked for one}.
-> carried.walker ->
-> carried.grey ->
-> carried.yours ->
She said the list over that night at the mouth of the cave, name after name. It had grown since Marazh, and it took her longer now to reach the end of it, while below her the Joralla went on breathing in the dark, and half a day down the valley, where she could not see it, somebody in Sarn's Ford had left a lamp burning in a window. # ending: reprisal_hard # ending_title: Six for Six # epilogue: By midwinter two boys from Sarn's Ford had climbed up to the cave, and it was Kee, not Ren, who showed them how to lie still behind a log.
-> END
