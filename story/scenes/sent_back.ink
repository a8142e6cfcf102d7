// SENT BACK: Kee froze, or would not fire. The raid goes on without her; then the camp.
=== sent_back ===
{refused:She was still lying there with her empty hands flat on the moss when Ren came out.|She was still lying there with her cheek against the stock when Ren came out.} # CLEAR # scene: Sent Back # AUDIOLOOP: tension
{refused:
    She saw every bit of it, sharp and close: Ren backing out of the door with his rifle bucking, orange light spitting after him, Walo firing at her side. A bolt struck the trunk by her face and splinters stung her cheek. She did not reach for the rifle. Her head had never been clearer. She had said no, and she found she was still saying it. # AUDIO: splinter
- else:
    She watched it all as if from the bottom of a well: Ren backing out of the door with his rifle bucking, the orange light spitting from the doorway after him, Walo firing and firing at her side. A bolt struck the trunk close to her face and the wood burst into splinters that stung her cheek, and even then she did not move, because there did not seem to be anything left in her to move with. # AUDIO: splinter
}
Ren reached the trees. The comm at her collar clicked.
"Burn!" # CLASS: comm # AUDIO: comm
Walo's hand came down between her shoulders and pinned her flat, as firm as a tent peg. The blast went over them like a wave over a stone. # AUDIO: blast # CLASS: impact
When Ren called on the comm for them to sound off, Walo answered, "Both here," in the flat voice he used for everything, and let it stand for her. # CLASS: comm
Oardoli came on after him from far down the supply road, pleased with herself. "Here. My shed's still burning, and there's nobody left down there to come and put it out." # CLASS: comm # AUDIO: comm
{refused:
    Her rifle was still lying on the moss where she had put it down. Its charge light glowed a steady, useless green.
- else:
    Her rifle was still in her hands. Its charge light glowed a steady, useless green. She had not fired it once.
}
Walo stood, and looked at it, and held out his hand.

+ (kept_rifle) [Carry her own rifle back, even if her arms shake the whole way.]
    {refused:She picked it up off the moss and slung it|She slung it}, and shook her head at his hand.
    He let his hand fall. "All right," he said, and nothing else, and he walked half a pace behind her the whole way back to the cave, as if she might drop it.
    -> the_cave
+ (gave_rifle) [Give it to him.]
    She put it into his hand. It was easy. Her shoulders came up light without it, and she hated them for it.
    Walo slung it beside his own and walked ahead of her all the way back to the cave, and he did not once look round to see whether she was keeping up.
    -> the_cave

= the_cave
The cave smelled of smoke and damp wool and the cytromyaline they kept wrapped in oilcloth at the back.
The others were loud with the success of it: Oardoli telling her fire story to anyone who would listen, somebody passing round a flask. Kee sat in the shadows near the entrance. # BACKGROUND: camp
She saw Walo talking to Ren. She saw Ren look across at her.
{froze:
    -> froze_talk
- else:
    -> refused_talk
}

= froze_talk
Ren came over and sat down beside her, not too close, and for a while they both watched the fire.
"It happens," he said at last. "My second strike, a man twice your age stood straight up in the middle of it with his rifle hanging off his arm, as if he were waiting to be called in for supper.
"He was on the next strike, and the one after that, and by midsummer nobody but him remembered it."
{sent_back.kept_rifle:
    He nodded at the rifle propped against the rock beside her. "Walo says you wouldn't give that up. Carried it the whole way with your arms shaking." He almost smiled. "Good."
- else:
    His eyes went to the empty place against the rock where her rifle should have been leaning. Walo had brought it in on his own shoulder, and everyone in the cave had seen it. Ren did not mention it, and the not mentioning was louder than anything he could have said.
}
{worker_fate == "warned":"Walo told me about the spring as well," he said. "That was the bravest thing anyone did on that ridge, and the most foolish, and I can't tell you which of the two to stop doing."}
She waited. She knew there was more.
"But I can't put you on a ridge again. Not this year. You're going back to Marazh."

+ "Let me stay[."]," she said. "I'll cook. I'll carry water. I'll clean the rifles. I won't ever..."
    ~ shift(nerve, -5)
    She ran out of things she would never. Ren let her run out.
    Then he shook his head, gently, and did not soften it with anything.
    "You'll still be ours," he said. "We'll still know where you are. That isn't the same as nothing."
    It felt exactly the same as nothing.
    -> camp_froze
+ [Unclip her spare charge packs and hand them to him before he has to ask.]
    ~ shift(nerve, 5)
    She worked the two spare power cells out of their loops on her belt with fingers that were finally, stupidly steady, and held them out. Ren took them.
    He looked at them in his palm for a moment as though he had forgotten what they were for.
    "You're braver than you think," he said. Then he looked from the cells to her hands, which were so much smaller than his, and whatever else he had meant to say he kept.
    -> camp_froze

= camp_froze
Oardoli walked her down to Marazh two days later, through the back ways, and left her at the edge of the camp with a twist of dried fruit and a pat on the head that Kee pretended not to feel. # CLEAR # scene: Marazh # BACKGROUND: camp # AUDIOLOOP: none
The camp had not changed. The same queue at the water pump. The same shrine tent, which she passed each evening and did not enter; whatever had passed between her and the Prophets behind the log, she left it there.
The same soldiers at the gate, hunched in their coats against a breeze that made Bajoran children pull their sleeves up.
She thought of the guard in the sun and the walker, whom Walo had killed while she lay beside him{worker_fate == "seen":, and of a third, the man with the water cans, whom she had let walk back in through the side gate}.{worker_fate == "warned": She thought, too, of a man limping away down the supply road, and hoped he had kept on walking.}
The little ones in the soup line stared at her earring. Nobody her age wore one. The old women stared too, and looked away.
{nerve >= 40:Kee looked back at every one of them until they were the ones to drop their eyes.|Kee kept her own eyes on the mud and waited for them to be done.}
Two mornings after she came back, the speakers on their poles crackled over the water queue, and the prefect's warm voice read out six names from a village down the valley, shot at dawn for six soldiers killed in the Joralla. Around her people studied the mud. Kee counted inside her sleeve and came to six both times: Walo's two at the gate, and four inside she had never seen.
-> carried.remembered("camp") ->

+ [Keep the earring in, and let them stare.]
    She kept it in. When a small boy asked her what it meant, she told him it meant she had been somewhere and come back, and that was all she would say.
    At night in the hut she lay awake and listened to the soldiers laughing at the gate, and felt for the rifle that was not beside her, and lay a long while with her hand open on the blanket where it should have been.
    -> carried.grey ->
    By the end of the rainy season the little ones had stopped staring. In the soup line they would reach up, sometimes, to touch the chain on her ear for luck, and she let them, and stood very still while they did it. # ending: sent_back # ending_title: Back to the Camp # epilogue: She grew a hand's width at Marazh that year, and whenever the cell's runners slipped through the camp she watched them go and did not call out.
    -> END
+ [Take it out, and keep it wrapped in a scrap of cloth in her pocket.]
    That night in the hut she worked the chain loose from the rim of her ear and slid the stud out of the lobe, and it hurt more than the piercing had.
    She wrapped it in a scrap of cloth and put it in her pocket, where she could touch it without anyone seeing.
    Not yet, she told it. Not gone. Only not yet.
    -> carried.grey ->
    Kee kept the earring in her pocket through the rest of that year at Marazh, folded in its scrap of cloth, and she touched it every night, and she did not know yet whether she was keeping it for a fighter or for someone else entirely. # ending: sent_back # ending_title: Back to the Camp # epilogue: She grew a hand's width at Marazh that year, and whenever the cell's runners slipped through the camp she watched them go and did not call out.
    -> END

= refused_talk
Ren did not come over to her. He called her across to him, in front of everyone, and the cave went quiet.
"Walo says you put your rifle down."
"Yes."
"In the middle of it. With Walo beside you. With me inside." His voice was very even.
She had never heard him angry before, and she understood now that this was what it sounded like.
"He had to take both of them alone. If one of them had got to cover, if one of them had called it in, Walo would be dead and I would be in a cell in the valley."
{worker_fate == "warned":"And before that," Ren said, "you went down the slope to whisper to a man who carries their water. With a rifle in your arms, in daylight, in front of their gate." A few of the others looked up at that. "You gave a stranger the whole strike to hold, and then you wouldn't hold it yourself."}
{sent_back.gave_rifle:
    "And then you handed Walo your rifle on the ridge, like a parcel you were tired of." He held out his hand, palm up, toward the rack where Walo had hung it. "Do you even want it back?"
- else:
    He looked at the rifle still slung on her back, the one she had slung home without firing. "You wouldn't fire it, and you wouldn't let go of it either."
}
"So tell me why," he said.

+ [Tell him about the old words.]
    ~ shift(faith, 5)
    She told him. She did not do it well.
    She said the words the way the vedek said them, and she said she had been listening to the walker's boots going back and forth on the gravel, and that she had understood, all at once, that she could not be the hand the blow went out from. Not that one. Not today.
    "The Prophets didn't stop them taking your father," Ren said.
    "I know."
    "They won't stop them taking you."
    "I know that too."
    He said nothing. Some of the others had started talking again, quietly, so as not to hear.
    -> refused_verdict
+ [Tell him she doesn't know.]
    ~ shift(faith, -5)
    "I don't know," she said. It was nearly true.
    She knew what had stopped her. She did not know what it meant, or what she was now.
    Ren rubbed his eyes with the heels of his hands. He looked much older than he had that morning.
    -> refused_verdict

= refused_verdict
"I can't put you on a ridge again," Ren said finally. "A cell can't carry somebody who won't shoot. Not with a rifle in her hands. It gets people killed."
"No," said Tarvel, from the back of the cave. She had been listening all along. "But a cell can use somebody who walks in and out of the camps without a soldier looking at her twice. Somebody who can hold a message in her head and keep her mouth shut when she's asked about it."
She came forward into the firelight. "Can you do that, Kee? Without a rifle?"
Kee looked at Ren. He did not say no.
"Yes," she said.
-> camp_refused

= camp_refused
She went back to Marazh at the end of the week, with a message for a man at the water pump folded into her memory and nothing at all in her hands. # CLEAR # scene: Marazh # BACKGROUND: camp # AUDIOLOOP: none
The camp had not changed. The shrine tent still leaned against the back fence, patched and patched again.
The old vedek was still there, sitting on her mat, as if she had not moved since the day Kee left.
{faith >= 65:Kee went to the tent the first evening she was back, before she had even found a place to sleep.|Kee walked past the tent flap for three evenings before she could make herself lift it.}
The speakers had read out the prefect's six names three days before Kee came down. The old women in the tent had them already, murmured in among their own dead as though they had always been there.
-> carried.remembered("camp") ->

+ [Kneel in front of the vedek and tell her what she did.]
    She knelt and told it, all of it: the ridge, {worker_fate == "warned":the man at the spring and the road he had limped away down, }the walker, the rifle on the moss, {worker_fate == "seen":the two men dead at the gate anyway and a third, with a bad knee, who had taken his water cans back in through the side gate before the walls went.|the two men dead anyway.}
    The vedek listened with her eyes closed. When Kee was done she was quiet a long time. "You did not save them," she said at last. "You know that."
    "I know."
    "But you did not add your hand to it{worker_fate == "warned":, and a man from that spring is walking some road tonight because you spoke to him}." She opened her eyes. "Can you go on like this, child? With nothing in your hands?"
    Kee did not answer.
    She kept her rifle hand empty from that day on. For two more years she carried the cell's messages through the camps with her earring in plain sight, and whenever a soldier at a gate looked down at her she looked back at him, a thin child with a water can, and let him see nothing at all. # ending: laid_down # ending_title: The Rifle Laid Down # epilogue: The soldiers at the gates came to know the thin girl with the water can by sight, and not one of the messages she carried past them was ever found.
    -> END
+ [Kneel at the back of the tent, and say nothing to anyone.]
    She knelt at the back among the old women and their murmuring, and touched her earring as they touched theirs, and said nothing to anyone.
    {worker_fate == "seen":She had not saved the two men at the gate, or the third, the one with the water cans, whom she had let go back inside. She had not stopped anything.|She had not saved the two men at the gate. She had not stopped anything.}
    {worker_fate == "warned":Only one man had walked away from it, down the supply road, because she had asked him to. She held on to that, and did not let it grow any bigger than it was.}
    She had only refused to be the hand, and there was no prayer for that either; she would have to make one.
    She never held a rifle again; she ran the cell's messages through the camps with her earring in plain sight instead, and every night in the shrine tent she made up that prayer a little more, and it was never finished. # ending: laid_down # ending_title: The Rifle Laid Down # epilogue: The soldiers at the gates came to know the thin girl with the water can by sight, and not one of the messages she carried past them was ever found.
    -> END
