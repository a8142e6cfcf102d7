// THE CHASE: the distress call was answered. Run, hide, reach the split rock.
=== the_chase ===
The siren had died with the mast. # CLEAR # scene: The Chase # BACKGROUND: forest # AUDIOLOOP: tension
The silence after it was enormous. Then, from the valley, came the whine of engines, climbing.
{ren_hurt:
    {
    - covering_ren.go_down:
        Walo came sliding down into the hollow on his heels, and Ren tried to stand. He got as far as one knee.
    - else:
        Kee went down the slope on her backside to the ferns where Walo crouched over Ren, and Ren tried to stand. He got as far as one knee.
    }
    Then he sat down again, very carefully, with his hand pressed to his wound, and looked up at them with an odd, patient expression.
    "I'll slow you," he said. "Split. Split rock after dark."
    "Ren," Walo said.
    "That's an order. I've got a rifle and a good tree. Go."
    Walo looked at him for one long moment. "Don't follow me," he told Kee, and went left, uphill, into the thick of the trees{walo_hurt:, his bad arm held to his chest by a fistful of his own shirt}.
- else:
    Walo was already up, his rifle slung{walo_hurt: across his good shoulder, his other hand clamped over the wound in his arm}. "We split," he said. "Don't follow me. Split rock, after dark. Oardoli knows."
    He went left, uphill, into the thick of the trees.
}
Downhill and to the right, she could hear the stream.
{not can_keep_still:Her legs had not stopped jumping since the blast. Wherever she ran now, she was not sure she could make them lie still at the end of it.}

+ [Take the stream, the way Ren taught her.]
    -> stream
+ [Follow Walo uphill instead.]
    -> heels

= stream
Water hides a trail, Ren always said, and Cardassians hate cold water more than they hate us.
She slid down the bank and the cold seized her to the knees. She went downstream on the stones, rifle held high across her chest.
Behind her the engines settled into a hover over the ruin of the post. Voices, clipped and angry. Then closer: boots, on the path along the top of the bank.
Just ahead the water had eaten in under a tree's roots. She folded herself into the overhang, waist-deep, with the roots against her face like the bars of a cage.
"Freezing," one of them was saying, almost directly above her head. "This whole province is a swamp. I can't feel my hands."
"Then use your eyes instead."
Somewhere up the slope to her left Walo had gone to ground, near enough to hear a shout, and she knew what he would do if the soldiers saw her: make a louder target of himself, and let them have him instead.
A grunt, and the slosh of water tipped out of a boot: one of them had stopped on the bank a few strides past her, and was standing there looking back along the bank, where anything that left the water would be right in front of him.
{not can_keep_still: The cold had got into her knees and set them jumping, and some animal part of her was already measuring the distance to the next bend.}

+ {can_keep_still} [Stay under the bank, still as a stone, while they pass.]
    -> hidden
+ {not can_keep_still} [Stay under the bank, still as a stone, while they pass. #locked: Her knees are jumping with the cold, and she cannot hold them still.]
    -> hidden
+ [Slip away downstream under the noise of the water.]
    -> drift
+ [Break from the bank and run, under the eyes of the one facing back.]
    -> bolt

= hidden
She stayed.
The cold came up through her legs into her belly, and her teeth wanted to chatter, and she clamped her jaw until it ached.
A boot knocked a pebble loose; it dropped into the water beside her ear with a small bright plop.
She did not move. She was a root. She was a stone. She was nothing with a heat worth finding.
The boots went on. The voices went on, still complaining about the cold, until the stream's chatter swallowed them.
When the light in the water had gone from green to grey, she climbed out, numb to the hips, and took the long way round to the split rock.
-> rendezvous

= bolt
~ walo_lost = true
She waited until the boots had gone a few strides past, and then she went, out of the overhang and splashing downstream as fast as the water would let her.
It was the wrong moment, as she had half known it would be: the one with the wet boot was still facing her way.
"There!" Bolts hissed into the water around her, one, two, the stream jumping white. # AUDIO: phaser
Then, up the slope to her left, somebody shouting. "Here! Over here, you grey-necked cowards!" And a Bajoran rifle firing, not aimed to hit anything, aimed to be heard. # AUDIO: phaser_far
Walo.
The boots turned away from her toward the noise. She ran.
-> rendezvous

= drift
She let the stream take her.
Half walking, half floating, she went downstream with her head low and the water talking loudly all around her, covering every sound she made.
The voices on the bank fell behind. The engines fell behind. The cold went on and on until it stopped being cold and became simply the way the world was.
By the time the stream bent round the split rock, she could not feel her feet at all.
She crawled out onto the shingle and lay there for a while before she could make herself stand.
-> rendezvous

= heels
{walo_hurt:Walo ran lopsided, his bad arm clamped to his ribs, and still without one wasted movement.|Walo ran the way he did everything, without one wasted movement.} He glanced back once and saw her behind him, and his face tightened, but he did not send her away.
Near the top of the next ridge he stopped so suddenly that she ran into his back. Voices ahead, on the ridge path. Cardassian. A dull gleam of armour moving through the green half-dark under the canopy, where the day's light came down thin and secondhand.
He tucked her into a hollow under the roots of a fallen tree, quick and careful, as if stowing something that might break. "Stay," he breathed. "Whatever you hear. I'll come back for you."
Then he was gone to the left, and she heard him snap a branch on purpose as he went.

+ {can_keep_still} [Stay in the hollow, as he told her.]
    -> stay
+ {not can_keep_still} [Stay in the hollow, as he told her. #locked: Alone under the roots, she cannot make herself keep still.]
    -> stay
+ [Go after him.]
    -> after_him

= stay
She stayed.
She heard the voices turn toward the snapped branch. She heard running, and shots, far off and then farther, and then nothing for a long, long time. # AUDIO: phaser_far
The light went. Something small and many-legged walked across her hand and away. She stayed.
Walo came back so quietly that she had no idea he was there until he crouched at the mouth of the hollow, scratched and breathing hard and alive.
"Told you," he said.
-> rendezvous

= after_him
~ walo_lost = true
{not can_keep_still:She could not stay. Alone in the hollow, with the voices and the gloom and the roots pressing on her, she could not make herself stay.|She would not stay. Walo had gone to pull them off her by himself, and she was not going to lie under a tree and listen to it happen.}
She scrambled out and went after him, and she was not quiet about it.
A shout. Grey shapes turning toward her between the trunks. A bolt cracked into the tree beside her head and showered her with bark. # AUDIO: phaser
Walo turned back. She saw him turn. She saw his face in a slant of green light through the leaves, and she would remember it.
Then he stepped out onto the path in plain view and fired at them{walo_hurt: one-handed, the stock jammed against his hip}, and kept firing, and roared at her to run. # AUDIO: phaser
She ran.
-> rendezvous

= rendezvous
The split rock stood alone in a small clearing, a boulder the height of two men, cleft as if by an axe. By full dark Kee was huddled in the crack of it, shaking so hard her teeth clicked. # BACKGROUND: night # AUDIOLOOP: forest
Oardoli was already there, smelling of the fuel-shed fire she had set that morning. She wrapped her own coat round Kee without a word and sat down beside her to wait.
{answered_comm:After a while she said, "I heard you on the comm, after the blast. Your voice. I thought: good, the little one's talking." Kee held on to that while the dark came down.|After a while she said, "I never heard your own voice on the comm, after the blast. I didn't quite believe you were in one piece until I saw you." Kee had no answer to that, and Oardoli did not seem to want one.}
{kee_killed:The walker came back to her there, in the dark of the rock: the last of him she had seen through her sight, and then nothing. It was the first time since the gate she had been still enough for him to catch up, and she found he had been following her all day.}
-> carried.bargain ->
{
- ren_hurt:
    -> ren_lost_in_chase
- walo_lost:
    -> walo_gone
- else:
    -> all_here
}

= all_here
Walo was there too, on her other side, {walo_hurt:his bad arm strapped across his chest and his face grey in the starlight|scratched and silent, his rifle across his knees}.
Ren came last, nearer midnight, muddy to the thighs and grinning a little. He crouched in front of them and counted them with his finger, his lips moving.
{walo_hurt:His finger stopped at Walo's strapped arm. "The walker got behind the crates and put one up the slope," Walo said, as if that were the whole of it. "I was in the way."|}
{walo_hurt:"He was there because I missed," Kee said. "My first shot. I snatched it." Ren looked from her to the arm and back, for long enough that she had to look at the ground, and then he nodded once and let the grin come back, smaller.|}
"Post's gone," he said. "Mast's gone. This whole end of the grid is blind, and it'll stay blind for two weeks at least while they haul in the parts."
The grin went away. "But they heard that call. Tomorrow Dukat's people will be in every village between here and the river, asking their questions with rifle butts."
{worker_fate == "warned":Walo told Ren about the spring in a few flat words. Ren looked at Kee, and then away, and let it lie between them with everything else the night had put there.}
Nobody said anything. Far off, through the trees, the engines were still searching.
-> carried.remembered("rock") ->
// The worker's news runs ahead to the end of the week, so each option calls
// carried.worker only after the split rock's night is over, never in it.

+ [Ask Ren whether it was worth it.]
    "Was it worth it?" she said. Her voice came out very small.
    Ren was quiet so long that she thought he would not answer. "Ask me in two weeks," he said. "Ask the people in those villages. Don't ask me tonight."
    He reached out and tugged, very lightly, at the chain of her earring.
    Then he lay down on the cold ground with his arm over his eyes.
    Kee lay awake beside the others under the split rock and listened to the engines hunting through the Joralla. Once a searchlight swept the ridge above them, white through the leaves, and slid on, and the dark came back.
    {walo_hurt:Walo's arm would knit, Oardoli said, feeling along it in the dark, though it might never again straighten all the way. Walo only grunted, and was already turning his rifle to try it against the other shoulder.}
    -> carried.grey ->
    -> carried.worker ->
    Two weeks later, on the morning the grid came back, she found Ren at the lookout and did not ask him. A runner had come up from the river the night before with the names of the villages the soldiers had gone through, and Ren was still holding the scrap of paper, folded very small. # ending: chase # ending_title: Through the Joralla # epilogue: By the time the searchers gave up, the cell had a new cave two valleys over, and Kee had learned to sleep with her boots on.
    -> END
+ [Sit close enough to Walo to feel him breathing.]
    She shifted along the rock until her shoulder was against Walo's arm. He let her.
    After a while his breathing slowed, and hers slowed to match it.
    {
    - slip == "early":
        She had fired before the signal, with her finger on the trigger because she was afraid of being slow, and everything since had come out of that one twitch.
    - slip == "wide":
        She had put the walker down and then could not keep him from his comm, and everything since had come out of that one wide shot.
    - else:
        She had missed the walker clean, and then turned to Walo's arm instead of the gate, and everything since had come out of those two mistakes.
    }
    She had run through a forest full of soldiers and come out the other side. The grid was blind. The engines were still hunting.
    Long after midnight a glow came up over the trees to the south, where a village was. Ren's tomorrow had started early. Nobody under the split rock said anything about it.
    -> carried.grey ->
    Kee lay under the split rock between Walo and Oardoli and listened to the Joralla breathe around her, and stopped fighting the shaking, and let it run through her until it was done.
    {walo_hurt:Walo's arm would knit, Oardoli said, feeling along it in the dark, though it might never again straighten all the way. Walo only grunted, and was already turning his rifle to try it against the other shoulder.}
    -> carried.worker ->
    On the long walk to the new cave, Walo kept to her left the whole way without being asked, near enough that she could hear him breathe. # ending: chase # ending_title: Through the Joralla # epilogue: By the time the searchers gave up, the cell had a new cave two valleys over, and Kee had learned to sleep with her boots on.
    -> END

= walo_gone
Ren came near midnight, muddy to the thighs. He crouched in front of them and counted with his finger, and his finger stopped.
"Walo?"
Nobody answered. Oardoli looked at the ground.
They waited until the stars had turned a long way over the clearing. Walo did not come. Twice Kee heard a branch crack and lifted her head, and twice it was nothing.
At last Ren stood up. "We can't go back to the cave," he said quietly. "Walo knows it. If they have him, they'll have it by morning. Oardoli, get word to Tarvel tonight. Everybody moves. And somebody goes down to the annex before dawn and tells Joial to stay home from work."
"He might just be lost," Kee said. "He might come."
"He might," said Ren. "And if he does, he'll know to look for us somewhere else. That's how it works."
Oardoli's runner went within the hour.
-> carried.remembered("rock") ->

+ [Tell Ren it was her fault.]
    {the_chase.after_him:"It was me," she said. "I ran after him. He turned back for me. He was getting away and he turned back."|"It was me," she said. "I broke cover. He shouted to pull them off me. They went after him instead."}
    Ren crouched down again so that his face was level with hers. "Walo does what Walo decides," he said. "He decided you were worth it. Don't you dare make that into something small."
    It did not help. She took it with her anyway, out of the clearing and through the dark and into the new place, wherever the new place turned out to be.
    -> carried.answer("road") ->
    -> carried.worker ->
    -> joial_word ->
    She never learned what became of Walo. Nobody went down into the valley to ask after him: whoever asked where a taken fighter was being held would be showing the soldiers which way to look for the rest of them.
    -> walo_last
+ [Keep it to herself.]
    She did not say it. She swallowed it, down among the other things she had never said aloud, and of all of them it was the one that woke her.
    They left the split rock before dawn in twos and threes, in different directions. Kee went with Oardoli.
    She looked back once at the clearing, in case a quiet man came out of the trees without making a sound. None did.
    -> carried.answer("road") ->
    -> carried.worker ->
    -> joial_word ->
    She never learned what became of Walo. If he was free, he knew the cave was burnt and would never come back to it; if he was taken, any question asked after him would lead the soldiers straight up the hill to the rest of them.
    -> walo_last

// Where Walo Went closes here. On a miss route Walo was already shot rising to
// cover her, so "moved for her, once" would not be true there.
= walo_last
{walo_hurt:
    -> carried.grey ->
    He had lain beside her all morning without moving, and then he had moved for her twice, once with his arm and once with all the rest of him, and that was the last of him she was ever given. # ending: walo_lost # ending_title: Where Walo Went # epilogue: In every cell after that she chose the place on the ridge nearest the way out, so that nobody would ever again have to show himself to the soldiers for her.
    -> END
- else:
    -> carried.grey ->
    He had lain beside her all morning without moving, and then he had moved for her, once, and that was the last of him she was ever given. # ending: walo_lost # ending_title: Where Walo Went # epilogue: In every cell after that she chose the place on the ridge nearest the way out, so that nobody would ever again have to show himself to the soldiers for her.
    -> END
}

= ren_lost_in_chase
{
- walo_lost:
    Walo did not come.
- the_chase.stay:
    Walo, who had brought her here from the hollow, sat down on her other side, watching the trees.
- else:
    Walo came in not long after, alone, and sat down on Kee's other side, watching the trees.
}
{walo_lost:Ren did not come either.|Ren did not come.}
Near midnight Oardoli's comm clicked. She lifted it, and a voice came out of it that was not Ren's: smooth, unhurried, Cardassian, speaking on their own channel as though it had every right to be there. # CLASS: comm # AUDIO: comm
"To the friends of the man we took out of your forest today," it said. "He is being looked after. He will be very comfortable, as long as he is helpful." # CLASS: comm
Oardoli switched the comm off, took it apart with her thick fingers, and threw the pieces one by one into the dark.
-> scattered

// Joial's news is weeks old when it reaches her, so it comes after the road's
// fourth day (carried.answer) instead of running ahead of it.
= joial_word
Weeks later, in the new place, she heard how the runner's night had gone: the shutter knocked on while it was still dark, and Joial on the goat path out of the valley with a bundle on his back before the shift bell rang at the annex. The soldiers who came asking for the man with the mop found only the mop.
->->
