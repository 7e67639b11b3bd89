package cn.jiedaoflow.ownersvote;

import java.util.List;
import org.springframework.data.repository.Repository;

interface VoteNoticeRepository extends Repository<VoteNotice, Long> {

    VoteNotice save(VoteNotice notice);

    boolean existsByVoteIdAndAccountIdAndChannel(Long voteId, Long accountId, VoteNotice.Channel channel);

    List<VoteNotice> findByVoteId(Long voteId);
}
