// AFTERMATH: what is left of the post, and what Kee makes of it.
// Layered, not a priority chain: every thread still open when the dust
// settles adds its own beat, in the order Kee would meet them (the wounds,
// then Walo's account of the miss, then the walker she spared, then the
// worker), and only then does the heaviest thread pick the ending. Each ending
// calls the `carried` tunnels (carried.ink) for the threads that are
// not its own, so no thread is dropped on the way to the last line.
// Also holds `scattered`, the ending where Ren is taken and the cell breaks apart.
=== aftermath ===
When the dust thinned, there was nothing down there: not a wall, not the mast, not the gate or the patch of sun where the first guard had stood warming his face. Only a raw black pit in the red earth, smoking gently, ringed by fence posts bent outward like the petals of a burnt flower. {spared:Nothing in the pit that had been a person.|Nothing that had been a person.}{kee_killed: Not one thing she could point to and say: that one was mine.} And the grid was blind; from here to the river, for two weeks or more, no Bajoran cooking fire would show on any Cardassian screen. # CLEAR # scene: Aftermath # BACKGROUND: smoke # AUDIOLOOP: forest
{
- ren_hurt && covering_ren.go_down:
    Ren lay on his back in the hollow with one hand jammed against his side. The blood had run down his leg into his boot. He kept telling her it was nothing, and she kept not believing him; she had felt his whole weight on her shoulder coming up out of the clearing.
    Walo came down through the ferns to them{walo_hurt:, his own arm clamped against his ribs}. He knelt, looked at the wound, looked at Kee, and did not trust himself to speak.
- ren_hurt:
    By the time Kee had skidded down the slope to the ferns, Walo had his belt round Ren's thigh and was hauling it tight{walo_hurt: with his good hand and his teeth}. Ren lay with his eyes shut, telling the sky it was nothing.
    It was not nothing. She had watched the bolt find him through her own sight, at the end of a run her rifle was supposed to have made safe.
}
{walo_hurt:
    -> walo_arm
}
-> walker

= walo_arm
{ren_hurt:
    Only when Ren's bleeding had slowed did Walo sit down against a sapling and let go of his own arm. His sleeve was wet to the wrist.
- else:
    Walo sat with his back against the trunk and his rifle across his knees, holding his arm. His sleeve was wet to the wrist.
}
Kee tore the hem off her shirt and bound the arm above the wound as Oardoli had shown them. Her hands shook so badly that the knot took three tries.
Walo let her. He did not make a sound, not even when she pulled it tight and the colour drained out of his face.
{ren_hurt:"And you?" Ren said from the ground, turning his head. "What happened to you?"|Ren came up the slope at a run, soot on his face and the morning's grin still on it, until he saw the blood. "What happened?"}

+ (owned_miss) [Tell Ren the miss was hers, before Walo can.]
    "I missed," she said. "My first shot. I snatched it. The walker got to cover and fired up at us, and Walo came up to cover me, and..." She stopped. There was nothing after and.
    Ren looked at her, and then at Walo, who shrugged his good shoulder.
    "She kept him pinned after," Walo said. "Long enough. She did that part right."
    Ren nodded slowly. He said nothing kind and nothing cruel.
    {ren_hurt:He reached over from where he lay, undid her knot, and tied it again properly, one-handed.|He crouched, undid her knot, and tied it again properly.} Somehow that was harder to bear than either would have been.
    -> walker
+ [Let Walo tell it however he wants.]
    Walo looked at her. She looked at the moss.
    "Bad luck," Walo said. "Guard got a shot off before he went down. Could have happened to anyone."
    Ren's eyes went from one of them to the other and stayed a while. Whatever he saw there, he kept.
    Kee fixed her eyes on the back of Walo's head and tried to work out why he had done it, and what she owed him now, and how she would ever pay it.
    -> walker

// The walker: alive in the ferns if she spared him. A killed walker is the
// endings' to remember (carried.walker), since there is nobody to meet.
= walker
{spared:
    -> the_spared
}
-> worker

= the_spared
{ren_hurt:They were getting Ren up out of the ferns toward the trees, Walo taking most of his weight, when she saw him.|They were halfway down the slope, picking their way round the edge of the clearing toward Ren, when she saw him.}
The walker. The blast had thrown him into the ferns at the edge of the trees, and he lay on his back with his grey face to the sky and one leg black with blood.
Alive. His eyes were open, and they moved, and they found her.
He did not reach for anything. He only looked.
{ren_hurt:Ren lifted his head from Walo's shoulder, followed her eyes, and went still.|Ren reached them, followed her eyes, and went still.} "Who left him?"

+ (owned_spared) [Tell Ren it was her.]
    "Me," she said. "I hit his leg. He was crawling away. I didn't..." The rest of the sentence would not come. "I didn't want to."
    Ren studied her face. Then he looked down at the walker, and brought up his rifle, and held it there.
    -> spared_walk
+ [Say nothing, and let Ren think what he likes.]
    She did not answer. Neither did Walo, and his silence was an answer of its own.
    Ren's eyes went from one of them to the other. Then he looked down at the walker, and brought up his rifle, and held it there.
    -> spared_walk

= spared_walk
The walker closed his eyes.
Ren lowered the rifle. "No," he said, to nobody in particular. "Not lying down. Not in front of her." He turned his face away. "The smoke will bring every patrol in the valley. Move."
They moved. At the tree line Kee looked back once. The walker had opened his eyes again and was watching her go.
Not Ren. Not Walo. Her. Her face, her height, the bright new chain on her right ear.
She understood, going up into the Joralla with her rifle grown suddenly heavy, that he would remember all of it.
{
- the_spared.owned_spared && ren_hurt:
    Ren said nothing more about the man in the ferns. But when they set him down under the first trees, he made Walo pass Kee the water skin before he would drink himself. It was the only way he had of telling her he had heard.
- the_spared.owned_spared:
    Ren walked beside her the whole way up without a word about the man in the ferns, and when they stopped to drink at the stream he filled her water skin before his own. It was the only way he had of telling her he had heard.
- else:
    Nobody asked again who had left the man alive. Walo walked behind her. Twice she felt his eyes between her shoulders, and twice she kept walking.
}
-> worker

// The worker: warned, or seen going back in. A worker she never saw is the
// reckoning's to discover.
= worker
{
- worker_fate == "warned":
    -> spring
- worker_fate != "" && (walo_hurt || ren_hurt || spared):
    Nobody said anything about the man with the water cans. Kee had heard the side gate clang shut behind him, and then she had lain on the ridge waiting for the charges like everyone else. She put him with the rest of the day, where he did not fit, and he would not stay put.
}
-> ending

= spring
The man with the water cans had been well down the supply road when the post went up.
She let herself think that, once, and then held her breath around it as though it might be taken back.
{
- ren_hurt:
    Walo kept the spring to himself until Ren's bleeding had slowed. Then he told Ren, flat and in order: <>
- walo_hurt:
    Walo kept the spring to himself until Ren had looked at the arm and been told it would keep. Then he told Ren, flat and in order: <>
- spared:
    Walo kept the spring to himself until the cave mouth was in sight above them. Then he stopped on the path and told Ren, flat and in order: <>
- else:
    Ren came up the slope to them black to the elbows, and before he had his breath back Walo told him, flat and in order: <>
}
the worker at the spring, Kee going down through the ferns alone with a rifle, the man limping off down the road.
Ren's face closed. "He could have walked straight to that gate and pointed at the slope."
"He didn't," said Walo.
"He could have." Ren turned to her. "{answered_comm && not voice_shook:'Kee here,' you said on the comm, steady as you like, and I was proud of it. |}You put Walo's life on a stranger's good nature. And mine. And the whole strike. For a man who takes their pay."

+ (would_again) [Tell Ren she would do it again.]
    "He had an earring," she said. "Like mine. Somebody put it in for him." Her voice shook, and she let it. "I would do it again."
    Ren stared at her. For a moment she was sure he was going to take her rifle and send her home.
    Then something in his face gave, just slightly. "I know you would," he said. "That's what worries me."
    -> ending
+ [Tell Ren she is sorry, and do not mean it.]
    "I'm sorry," she said.
    Ren kept his eyes on her until she wanted to look away, and she did not. "No, you're not," he said at last, not angrily. "Good. Don't pretend to me, Kee. Pretend to the Cardassians."
    -> ending

// Beats every route through the aftermath shares, before the ending: the
// memory she waited with, and the bargain she struck.
= ending
{
- memory == "boys":
    All through the wait she had pictured telling Teeg and Lorit and Banno about today. Now there was a today to tell, and she could not find its first sentence.
- memory == "doubt":
    Small enough to hide behind a log, she had thought while she waited; that was why Ren had picked her. Whatever she had been at the gate this morning, she had not been hidden.
- memory == "joial":
    She thought of Uncle Joial's code, tapped into a door that was now a hole in the ground. No panel was left to say which code had opened it, so there was no office to trace it to, no corridor to ask about, and nothing to lead anyone down into the valley to a man with a mop. {spared:Nothing, unless the man she had left breathing in the ferns knew more than a child's face; she set the thought down all the same, carefully, like a charge that might still go off.|Of everything that had happened today, that was the one piece she could set down.}
- memory == "father":
    Her father came back to her as he had while she waited: his hand settling on her head, the row of huts, the lamps. She tried to hold that night up beside the smoking pit and could not make the two belong to the same life.
}
{bargained && (worker_fate == "warned" || ren_hurt):
    And under everything, her bargain. She had done the one thing. The Prophets were owed a year of evenings in the shrine tent, and she meant to pay them, whether or not it counted.
}
// The heaviest open thread picks the ending; the others have had their beat.
{
- walo_hurt:
    -> walo_arm_end
- ren_hurt:
    -> carrying
- spared:
    -> reprisal
- worker_fate == "warned":
    -> spring_end
- else:
    -> reckoning
}

= walo_arm_end
The bolt had gone deep into the muscle.
{ren_hurt:The healer had two of them to stitch that night. She did Ren first, because he would not stop arguing until she did, and then Walo, by lamplight, while he bit down on a leather strap.|Tarvel's healer cleaned the wound and stitched it by lamplight while Walo bit down on a leather strap.} Afterwards she said he would keep the arm, but it would not hold a rifle steady for months, perhaps never the way it had.
Walo was the best shot in the cell. Everybody knew it. Nobody said it.
-> carried.walker ->
-> carried.answer("cave") ->
-> carried.worker ->
{ren_hurt:A month later, when Ren could sit up long enough to lay out the next strike on the cave floor with pebbles and twigs, he|A month later, when Ren laid out the next strike on the cave floor with pebbles and twigs, he} put a pebble on the ridge where Walo would have lain and looked up at her.
{walo_arm.owned_miss:
    "Kee," he said. "You told me you snatched your first shot. So you know what the next one wants. Slow. Squeeze, don't snatch. Say it back to me."
    She said it back to him, and he made her say it twice, and nobody in the cave laughed.
- else:
    "Kee," he said. "Walo says you had bad luck last time. Let's see if the luck's better." He kept his eyes off Walo as he said it, and Walo kept his on the pebbles.
    She opened her mouth to tell him whose luck it had been, and the moment went by, and the pebble sat on the ridge with her name on it.
}
{walo_arm.owned_miss:On the next ridge she lay where Walo used to lie, and squeezed, and did not snatch, and still could not make it feel like a place she had won.|On the next ridge she lay where Walo used to lie, with the truth about his bad luck still unsaid between them, and every time she settled her cheek on the stock it felt like a place she had stolen.} On that ridge and every one after it, her left hand lay flat on the bare moss beside her, where his elbow would have been. # ending: walo_cost # ending_title: Walo's Arm # epilogue: All that summer Walo sat by the cave fire with his arm strapped to his chest, and each night she brought him the ridge in her own words.
-> END

= carrying
Oardoli came pounding up from the road while Walo was still cutting a pole from a sapling. She took one look at {covering_ren.go_down:the blood soaking Ren's side|Ren's leg}, did not waste a word on it, and went on up the path ahead of them to scout the way home. Ren leaned on the pole and on Walo both, and they started the long walk back behind her.

+ (took_weight) [Take as much of his weight as she can on her own shoulder.]
    She got under his other arm.
    He was too tall for her and she was too short for him, so that he walked tilted like a broken fence, but he did not tell her to let go and she did not offer.
    Halfway home, at the stream, he stopped to rest and looked down at her. {covering_ren.go_down:"You came down that slope for me," he said. "Nobody told you to. Nobody would have." He shook his head. "I'll have to think about what to do with you."|"Wasn't your fault," he said, out of nowhere. "I broke too early. I heard fire and I thought it was a gap. I should have waited." It was a lie, and they both knew it, and she loved him for it a little.}
    -> carrying_end
+ [Run ahead to the cave and warn Tarvel they are coming.]
    She ran. It was the only useful thing she could think of.
    Through the ferns, over the stream, up the long gully to the cave, her lungs burning, until she burst in on Tarvel at the cooking fire and could not get the words out and pointed back the way she had come.
    By the time the others arrived, the healer had water boiling and a bed made up near the fire, and Tarvel had put a hand on Kee's head and left it there for a moment. Nobody had done that since Marazh.
    -> carrying_end

= carrying_end
Ren lived. The healer dug the bolt's burn clean and packed it, and told him the walk home had torn it twice as wide as the bolt had. He would not be let out of bed for a fortnight at the least, and if he {covering_ren.go_down:so much as sat up before then she would open the wound again herself|put weight on that thigh again before then she would tie him down}.
-> carried.walker ->
-> carried.first_kill ->
-> carried.answer("cave") ->
-> carried.worker ->
He did not run another strike that season. Tarvel ran them, slower and more careful, and nobody joked on the walk home, and twice she called them off at the last moment because she did not like the look of something.
{carrying.took_weight:
    For a week a bruise the shape of his arm lay across her shoulders, going from black to green to yellow. She was almost sorry when it faded.
    {covering_ren.go_down:On the evening it was gone Ren called her to his bed and told her he had done his thinking: when he was on his feet again she would lie on his left on every ridge, close enough to reach, and she would never again go down a slope for him without being told. She agreed to the first half.}
- else:
    Tarvel had not forgotten who came up the gully first with the news. The next time a message had to go fast and quiet to the lookout on the north ridge, it was Kee she sent, and the time after that.
    {covering_ren.go_down:Ren had told Tarvel the rest himself, the first night, from his bed: who had come down the slope to the water tank for him under fire without being told. "I said you'd skin me for it," he said. Tarvel looked at Kee a long while across the fire and did not skin anybody.}
}
Kee sat by Ren's bed in the evenings and told him about the practice ravine, and he corrected her breathing from his blankets.{answered_comm && not voice_shook: Once, half asleep, he held his fist to his mouth like a comm and said her name into it, and then answered himself in a squeaky voice, "Here," and grinned at the ceiling until she threw a sock at him.}
-> carried.grey ->
-> carried.yours ->
The grid stayed dark for sixteen days. On the last of them she helped Ren stand for the first time since the walk home, his arm heavy across her shoulders, and neither of them said a word about the clearing. # ending: ren_cost # ending_title: The Weight of Ren # epilogue: Ren was on his feet by midsummer, slower on the slopes than before, and on the first climb of the spring he let her set the pace.
-> END

= spring_end
-> carried.first_kill ->
-> carried.answer("cave") ->
A week later Oardoli brought a notice back from the valley, peeled off a wall. {spring.would_again:Ren read it first, and then walked across the cave and put it in Kee's hands. "Your man," he said, and that was all; he left her to look at it.|Nobody brought it to Kee. She found it lying by the fire where Ren had dropped it after reading, and she picked it up herself.} It was a grainy picture of a thin, greying Bajoran, and a name, Esso Tamal, and a reward.
Wanted for questioning. The only survivor of the attack on the sensor post. Believed to have assisted the criminals.
He could never go home now. His family would be watched.
Before the month was out his face would be on every wall from here to the river.
Kee kept the notice folded inside her shirt. She hoped some cell, somewhere in the hills, had found him on that road and taken him in.
She would never know. The one time she asked Oardoli whether any word had come, Oardoli looked at her until she understood that none ever would, and that she should not ask again.
{spring.would_again:I would do it again, she had told Ren, with her voice shaking. She looked at the grey face on the notice and said it once more under her breath, to the face this time, and her voice did not shake.|I'm sorry, she had told Ren, and not meant it. She looked at the grey face on the notice and found that she was sorry now, though not for anything Ren had meant.}
-> carried.walker ->
-> carried.yours ->
Kee smoothed the notice flat against her knee, and folded it along its old creases, and put it back inside her shirt, against her skin, where the paper went soft as cloth over the months that followed. # ending: worker_warned # ending_title: The Man at the Spring # epilogue: Every notice Oardoli peeled off a valley wall after that, Kee read first, looking for the grey face and glad each time it was not there.
-> END

= reckoning
Down at the tree line Ren stood up out of the ferns and waved, one long sweep of his arm: come down.

+ [Go down with Ren to see what is left.]
    -> crater
+ [Stay where she is, and let Ren come up to her.]
    -> reckoning_hard
+ [Stay behind the trunk with Walo until her hands are her own again.]
    -> reckoning_torn
+ {still_believes} [Stay, and find the old prayer for the dead.]
    -> reckoning_open
+ {not still_believes} [Stay, and find the old prayer for the dead. #locked: The old words have gone quiet in her since the ridge, and the prayer will not come for asking.]
    -> reckoning_open

= crater
Ren wanted to see it with his own eyes. He did it after every strike, Walo said: to be sure all three had gone, and that nothing was left for a salvage crew to start from.
The clearing stank of burnt cytromyaline, a sour metal smell that got into the back of her throat. Near the rim the ground was hot through the soles of her boots.
There was nothing in the pit. She had known there would not be, and she looked anyway: for the barrier, the crates, the walker's rifle, anything at all.
Twenty paces off, lying by itself in the ferns, was a length of the striped barrier, scorched black at one end. That was all.
{kee_killed:
    She stood over it and thought: I did that. Not the blast. The other thing. Whatever was left of him was part of the smoke now, leaning east over the trees.
    {finished_him:And before the smoke, the gravel, and a man pulling himself across it on his elbows, away from his own rifle, with his back to her.}
- else:
    Walo's two were part of the smoke now, and so were the four she had only ever counted.
    She stood at the rim and could not find one thing to feel that was the right size.
}
Ren crouched and laid his palm flat on the blackened earth, like a man testing a loaf, then stood and looked up at the empty air where the mast had been. "Two weeks," he said, to nobody in particular. "Maybe three. Every cooking fire from here to the river." Then, more quietly: "And Dukat will answer it. That's his part."
Kee did not ask what Ren meant. She thought she knew, and would rather not hear it said out loud.
-> reckoning_choice

= reckoning_hard
Ren came up the slope at a jog with soot on his face, grinning, and dropped down beside them behind the shifted trunk.
{kee_killed:
    He looked at her, and then down at the pit where the gate had been, and put one hand on her shoulder and squeezed it once.
    He did not say anything. He did not need to.
- else:
    He looked at Walo, and Walo gave a very small shake of the head, and Ren's eyes passed over her without stopping.
}
{kee_killed:
    Kee looked down at the pit. She had killed a man down there.
    She made herself say it in plain words inside her head: the walker, who had stamped his feet against the cold all morning.
    {still_believes:There was nothing left of him to prove it, and it was still true, and it would not lie still in her: each time she set it down, the old words the women said over the dead at Marazh came and picked it up again.|There was nothing left of him to prove it, and she found she could look at that without her hands moving at all.}
    {finished_him:Ren's hand was still warm on her shoulder. He thought she had dropped a guard at the gate. Nobody had told him the guard was crawling for the fence when she fired, and she did not tell him now.}
- else:
    Kee looked down at the pit. She had not killed anyone; Walo had done it for her.
    She told herself that it made no difference, that it was all one strike and she had been part of it, and she very nearly believed it.
}
Dukat would have his answer. She did not let herself wonder yet what shape it would take.
At Marazh, people had died for nothing at all: for a slow step in the work line, for a look, for a guard's bad morning. Nobody had chosen them.
It came between the huts at night like weather, and in the morning someone was gone.
-> reckoning_choice

= reckoning_torn
Walo rolled onto his back against the trunk and closed his eyes.
After a while he said, without opening them, "It doesn't go away. I'm telling you now, so you're not lying awake waiting for it to."
{
- kee_killed && bargained:
    She did not have to ask what he meant. Her bargain was still sitting in her chest where she had left it.
    She had done the one thing. Now she owed the Prophets a year of evenings in the shrine tent, and she found that she wanted to pay, and had no idea whether it would count.
- kee_killed:
    She did not have to ask what he meant. Something had settled in her chest when the walker fell, small and heavy as a river stone.
    She could feel already that it was not the kind of thing that wore away.
- else:
    "I didn't do anything," she said. "You did it. Both of them."
    Walo opened his eyes, looked at her hands, which were still shaking on the stock, and closed them again.
}
Down in the valley the smoke was leaning east on the breeze. Ren's head was bobbing up through the ferns toward them.
She had perhaps a hundred heartbeats left to become somebody Ren could look at.
-> reckoning_choice

= reckoning_open
She went looking for the prayer and found it waiting, as though it had been lying beside her on the moss all morning.
It was the one the old women said at Marazh when someone was carried out of the rows in the morning, the one that asks the Prophets to find the pagh of the dead and take it somewhere warm. She had not said it since she left the camp.
{kee_killed:
    She said it for the walker first. Then, because it seemed wrong to stop at one, for the guard in the sun, and for the four inside, who had never been more to her than a number.
- else:
    She said it for the two at the gate, whom Walo's rifle had finished while hers did not, and then for the four inside, whom she knew only as a count on Ren's fingers.
}
{worker_fate == "seen":She said it last for the man with the water cans, whose name she did not know, and whom she had watched take his cans back inside.}
Walo watched her do it and did not tell her to stop.
When she had finished he said, quietly, "Don't let Ren see you do that." And then, after a moment: "Not because he'd be angry. He'd only wait for you to finish, and then be gentle with you the whole way home, and you'd hate that worse."
Kee looked down the slope at Ren, standing in the ferns with his rifle on his shoulder, and tried to picture him kneeling. She found she could, and wished she could not.
-> reckoning_choice

= reckoning_choice
// With the old words still in her, telling herself it was different cannot
// hold: the line says so before she tries (the choice keeps its words, which
// older saves replay by).
{still_believes:The old words were still close in her ears, and she could not tell whether any list of reasons she made would stand up against them.}
{bargained && not reckoning_torn:Her bargain sat in her chest where she had left it on the ridge. She had done the one thing; she owed the Prophets a year of evenings, and she was not yet sure she wanted to pay.}

+ [Tell herself this was different from the camps.]
    {not still_believes:
        -> canon
    - else:
        -> unsettled
    }
+ {worker_fate != ""} [Think about the man with the water cans. # map: The man with the water cans]
    -> worker_dead
+ {worker_fate == ""} [Ask Ren whether anyone else was inside. # map: Whether anyone else was inside]
    -> worker_dead
+ [Ask Ren what Dukat will do now.]
    -> what_now

= what_now
// Ren is beside her only after the crater or the reckoning where he came up;
// after the prayer or the quiet with Walo he is still climbing to them.
{reckoning_open || reckoning_torn:She waited until Ren had climbed the last of the slope and crouched behind the trunk with them, soot in his eyebrows, and asked him then.}
"What will he do?" she asked. "Dukat. Now."
Ren was quiet for long enough that she thought he had not heard. He was looking east, where the smoke was going.
"What he always does," he said at last. "He'll count. Then he'll make us pay to the last one, and make sure everybody hears him doing it."
"Then why—"
"Because if we only ever did what he let us do, we'd be doing it for him." {crater:He wiped his palm on his trousers and turned from the pit.|He got to his feet and slung his rifle.} "Come on. Long walk."
She followed him, and did not finish the question, and found, in the days that followed, that she had not needed to.{bargained: All the way down the valley she carried her bargain with her, and began to suspect it had a second price that nobody had named when she struck it.}
-> reprisal

= canon
It was different. She made herself see exactly how.
Not a guard with a club and a bad morning. Not a name read off a padd by lamplight.
A strike, chosen and planned and carried through by people who knew each other's breathing, who answered for each other on the comm, who had lain still for hours so that a whole valley could go unseen for a while.
She turned the thought over, feeling along it for a crack, and found none. On the long walk back she tried it again, and again it bore her weight.
{answered_comm && not voice_shook:She had said her own name into the comm, afterwards, and Ren had heard it. She counted that in as well.|}{voice_shook:She had got her own name out on the comm, afterwards, in pieces, and Ren had been gentle about it. She put that in too, without deciding which side it went on.|}{not answered_comm:{walo_answered:Walo had answered for her on the comm, and she had let him. She put that in too, though she was less sure which side of the list it belonged on.|She had never said her own name into the comm up there. She could not decide which side of the list that went on, and left it off.}}
The cave was loud that night. Oardoli told the story of her fire three times, and it got bigger every time, and nobody minded; each time she reached the guards running for the smoke, she found Kee across the fire and winked, as if the two of them had planned it together. Somebody had found a flask. Somebody was singing, badly. # BACKGROUND: camp
// The boys' memory has had its beat in `ending`; here they are only the boys.
Lorit, Teeg and Banno had the best places by the fire. {memory == "boys":None of the three had been picked for today, and every one of them knew she had.|They had come into the cell the same month she had, all three of them older and taller, and none of them had been picked for today.}
{kee_killed:
    Lorit found her by the water barrel. "Ren says you took the walker," he said. "How far was it?"
    {finished_him:
        "Far," said Kee. She did not tell him that the shot that counted had been the second one, at a man dragging himself toward the fence on his elbows, and that she had been able to see the soles of his boots.
    - else:
        "Far," said Kee. She had no number to give him. It had not occurred to her to measure it.
    }
    He waited for more, and when there was no more he nodded slowly, almost respectfully, and went away.
    {finished_him:Across the fire Walo had heard the question and the answer. He looked at her once and went back to his bowl, and she knew he would never tell it either, and that this was not a kindness.}
    Teeg only shifted along the bench to make room for her by the fire, and she sat, because everyone was watching to see whether she would.
    Passing behind the bench, Ren bent to her ear. "Walo says you did your part. Lorit shoots straighter. You can lie still when you're frightened. That's why it was you."
- else:
    Lorit found her by the water barrel. "Did you get one?"
    "Walo did," she said. "Both of them." She waited for the sneer.
    It did not come. Lorit only looked at her oddly, as though she had told him something he had not expected to be true, and went off to find Walo.
    Later Ren sat down beside her for a moment and said, without looking at her, "Walo says you stayed on that ridge. Plenty don't. Lorit shoots straighter, but he fidgets. That's why I took you." Then he was up again and gone before she could think of an answer.
}
{worker_fate == "seen":Nobody by the fire said a word about the man with the water cans, and neither did she.}
{worker_fate == "" && grey_seen:Once, by the fire, she saw again the grey shape that had crossed by the fence at the edge of her sight that morning, the one that was not armour. She did not ask anyone what it had been.}
{bargained:She did not go to the little shrine at the back of the cave that night to begin the year of evenings she had promised the Prophets. There would be time, she told herself.}
It was only much later, with the others asleep around her, that her hands began to shake.
She held them together in the dark and told them the same thing she had told herself, until they were still.
Four days after that, Oardoli came up from the valley with the prefect's answer, copied onto a scrap of paper in her square hand, and read it out by the cave fire without any voice at all: six Cardassian soldiers murdered in the Joralla, and for them six Bajorans shot at dawn, all from a village called Sarn's Ford. A farmer. His brother. A woman who kept bees. A boy of sixteen. Two more whose names nobody in the cave knew.
The cave was very quiet. Somebody put the flask away.
Ren took the scrap from Oardoli, read it through himself, and fed it to the fire. Nobody asked him to read it out again.
Tarvel, who had kept her place against the wall all evening and let the others do the talking, got up then and went round the fire, touching each of them once on the shoulder, the way she counted packs before a move. At Kee her hand stayed a moment longer before she went on.
Kee tried to picture Sarn's Ford and could not. She had never been there. She only knew that tonight it had six empty places in it.
{finished_him:One of the soldiers Dukat had answered for had been crawling toward a fence with his back to her when she fired. She made herself think it once, in words, and found nowhere to set it down.}
In the dark she did the sum once more, the camps in one column and the Resistance in the other, the way she used to keep count of Lorit's bolts at the ravine. It came out the same. She began again from the top.
-> carried.yours ->
Then she lay and watched the last coal in the fire go from red to grey. # ending: canon # ending_title: The Grid Goes Dark # epilogue: By the first frost Ren no longer looked over her rifle before a strike, and she no longer waited for him to.
-> END

= unsettled
She tried. It was different; she could list the ways it was different, one after another, and every one of them was true.
But the old words had not gone anywhere. They sat under the list like water under a floor.
Her lips had started on the old women's verse about the blow that comes home before she knew it, and she shut her mouth on it halfway.
She looked east, where the smoke was still leaning over the trees, and tried to see where it would come down.
{bargained:Tarvel would send her down to Marazh to sit out the searches, and Marazh had a shrine tent. She would begin paying there, she decided, on the first night, before she could think of a reason not to.}
-> reprisal

= worker_dead
{worker_fate != "":
    The man with the water cans had gone back in through the side gate. She had heard the side gate clang shut behind him. He had been in there, with his bad knee and his stencilled smock, when the charges went.
    She said it to Walo, because she had to say it to someone. "He was in there."
    "He was," said Walo. He did not say anything else. After a while he passed her his water skin, and she drank from it, because it gave her hands something to do.
- else:
    {aftermath.crater:"Was there anyone else inside?" she asked Ren, there at the rim of the pit.|"Was there anyone else inside?" she asked Ren, once he had reached them.} "Besides the soldiers?"
    Ren was counting charges off on his fingers, pleased with himself.
    He did not even look up. "Four soldiers. And a Bajoran who carried their water and cooked their food. Tamal, I think. He worked for them."
    Worked. She heard the word change shape in his mouth.
    {grey_seen:Something grey by the fence, at the edge of her sight, while she looked only at armour. She had seen him, then. She had not let herself.}
    "He knew where he was working," Ren said. "Everybody who takes their pay knows."
}
Collaborator. She tried the word on him, first in Ren's voice and then in her own, and in neither did it fit a man who fetched water.
{memory == "joial":She thought of Uncle Joial, who at this moment was probably pushing his mop past the very terminal he had read the code from. Nobody would ever tell him about the man who fetched the water. She thought of how many|She thought of Uncle Joial pushing his mop past the clerk's terminal. She thought of how many} Bajorans in the valley worked for Cardassians because the other choice was hunger.

+ [Ask what his name was, all of it.]
    "Esso Tamal," Oardoli told her later, at the cave, when Kee would not stop asking. "He had two daughters. They live with their aunt at the Dellin camp." She looked at Kee curiously. "Why do you want to know?"
    Kee did not have an answer for that. She only knew that someone ought to, and that everyone else had already decided not to.
    That night, when the others were asleep, she crept to the little shrine by the spring-pool at the back of the cave and lit one lamp.
    She knew no prayer that fitted him, so she said his name to the lamp, once, out loud, and listened to it go off into the dark at the back of the cave.
    {bargained:It was the first evening of the year she owed the Prophets for the one thing, and she did not know whether a lamp lit for a man her own side had killed could be counted toward it. She decided it could, and knelt there until her knees ached, and went back the next night, and the next.}
    She kept his name after that, next to her father's, and thought of two girls at the Dellin camp who would be keeping it too, and would never know that she did. The lamp burned down to a blue bead and went out, and she sat on in the dark by the pool with both names in her mouth, saying them over in turn.
    // Her nights after the raid (carried.walker) come after this one, not before it.
    -> carried.walker ->
    -> carried.yours ->
    Four days later the prefect's answer came up from the valley: six names from Sarn's Ford, shot at dawn for the soldiers in the pit. She lit six more lamps, and said those too. In the spring a runner's errand took her through the Dellin camp, and she stood a while by its water queue, watching the girls with their cans, not knowing which two were his and not asking. # ending: worker_dead # ending_title: The Man Who Carried Water # epilogue: Years later, when the guards' faces had long since blurred, she could still say which of that day's dead had carried the water.
    -> END
+ [Tell herself what the others tell themselves: he chose.]
    He chose, she told herself. He chose where to work. He knew what the building was for.
    Everyone in the cave said so. In all her months there she had never once heard it said the other way.
    She said it to herself until it sounded like her own voice.
    Back at the cave, Banno asked her how many. {memory == "boys":In all their months in the cell he had never once asked her anything.|He was one of the three older boys who had come to the cell when she did, and he had never asked her anything before.} # BACKGROUND: camp
    "Six," she said. "Two at the gate, four inside." It was the number everyone was saying. It was the number Ren had said.
    She did not say seven. Nobody had told her to leave him out. She simply found that she had, and that it had been easy.
    {bargained:She did not go near the little shrine by the spring-pool that night. The year of evenings she had promised on the ridge would have begun with a number short by one, and she left it unbegun rather than say the six to the Prophets' faces.}
    -> carried.walker ->
    Four days later Oardoli read out the prefect's answer by the fire: six from Sarn's Ford, one for each soldier. The man with the water cans was not among Dukat's six.
    -> carried.yours ->
    That night she lay awake with the six names going round, and a seventh place beside them where a name should have been, which she had not asked for. # ending: worker_dead # ending_title: The Man Who Carried Water # epilogue: Years later, when the guards' faces had long since blurred, she could still say which of that day's dead had carried the water.
    -> END

// Ren is taken. The cell does what cells are built to do.
=== scattered ===
They reached the cave by the back way, long after dark. Tarvel was waiting at the entrance with a lamp. # CLEAR # scene: Scattered # BACKGROUND: night # AUDIOLOOP: none
{the_chase:Never go back to a cave a taken fighter knows: it was one of the first rules of the cell. They went back all the same, once, for an hour, because Tarvel and the packs and the cytromyaline were still inside it and nobody else could tell them.}
{walo_lost:
    Kee came in with Oardoli. Nobody asked where Walo was. Everyone could count.
    She told Tarvel anyway, because somebody had to say it aloud in the cave: Walo had pulled the soldiers off her on purpose, with his own noise{walo_hurt: and a bolt already in his arm}, and had never come to the rock.
- else:
    Walo told it in a dozen words{walo_hurt:, sitting down to do it, with his bad arm cradled in his lap and the blood gone black on his sleeve}. Tarvel listened without moving.
}
{not the_chase:
    {alarm:
        Oardoli told the rest. From the road she had watched the skimmers come down into the clearing before the smoke had even thinned, and soldiers drag Ren out from behind what was left of the water tank, where he had lain too close to his own charges: alive, but too stunned to stand, and two of them to carry him.
    - else:
        Oardoli told the rest. The blast had caught Ren behind the water tank, too close, and he had not got up from it. Within the hour a skimmer had come up the valley to learn why the grid had gone blind, and she had watched from the road as its soldiers found him beside the torn tank and lifted him in: alive, but unable to walk.
    }
}
{alarm:Nobody said how the call had got out from the gate that morning. Nobody had to. She had been there when it went.}
Then Tarvel began giving orders in a low, even voice, and the cave came apart around Kee, quickly and without fuss, as though it had always known how.
Bedrolls rolled, lamps out, the cytromyaline dug from the back wall and split between packs.
"Ren knows this cave," Tarvel said, when Kee got in her way for the third time. "Our faces, our caches, the people in the camps who feed us." She stopped, and looked at Kee, and Kee saw her reach the next name. "And whose code opened that door."
She sent the fastest of the older boys down toward the annex in the dark, to find Uncle Joial before morning and tell him not to go in to work.
Then she crouched and took Kee by both shoulders. "Past this cave he has nothing to give them. Not one other cell, not one other leader's name. Nobody here has any."
Kee had always thought that was a rule about secrets. She looked at the place by the wall where Ren's bedroll had been, and stopped thinking it.
-> carried.remembered("cave") ->
// A chase has already paid its bargain's beat at the split rock.
{not the_chase:
    -> carried.bargain ->
}

+ (asked_tarvel) [Ask Tarvel whether anyone will go after Ren.]
    "Will anyone go after him?"
    "If anyone went after him, they would have to know where he is. And anyone who knew where he is would be someone he could give to them."
    She let go of Kee's shoulders. "No. Nobody will go after him. That is what he asked of us. That is what he would do for you."
    -> scattered_end
+ [Pick up a pack and help, without asking anything.]
    She did not ask. She filled packs with whatever Tarvel pointed at until her hands were raw, because stopping meant thinking, and thinking meant Ren in a room in the valley.
    -> scattered_end

= scattered_end
They left before dawn, in twos and threes, in different directions. Oardoli squeezed Kee's hand once, hard, and went east. {not walo_lost:Walo went north with two of the older boys{walo_hurt:, one of them carrying his rifle for him, because the arm would not}.}
{scattered.asked_tarvel:All the way down the first long slope she kept hearing Tarvel's answer, in Tarvel's voice: that is what he would do for you. She tried to decide whether it was a comfort. The sun was well up before she gave up trying.|Her hands still stung from the pack straps she had knotted and reknotted in the dark, and she kept them tucked under her arms so that nobody would see.}
Kee went south with a woman she barely knew, a runner Tarvel had sent for in the night who never gave her cell's name.
// The road's own days come first (the village on the fourth day, the notice
// within the week), and only then the new cave and its first month, so the
// closing never runs backwards in time (tests/story/continuity-probes.test.ts).
-> carried.answer("road") ->
-> carried.worker ->
At the end of the walk was a cave she had never seen, where a different cell took her in under a different leader's name and did not ask where she had come from.
In her first month there, word came along the runners' chain that the boy had reached Joial's shutter before the cocks. Her uncle had been on the goat path out of the valley with a bundle on his back long before the shift bell rang, and no soldier had found him since.
{not the_chase:
    -> carried.first_kill ->
}
-> carried.grey ->
-> carried.yours ->
{walo_lost:Of Walo no word ever came down the runners' chain, not taken, not free, not dead. On every ridge after that she caught herself leaving a body's width of moss on her left, for a man who had never made a sound lying down and had made all the noise in the forest for her.}
She never learned what happened to Ren. Somewhere in the valley, in a room she would never see, he was being asked for everything he knew.
And all he had to give them was an empty cave, and names that had already scattered into the hills like seed. # ending: scattered # ending_title: The Cell Scatters # epilogue: She fought under another leader's name after that, and before every shot she still let her breath out slowly, to Ren's old count.
-> END
